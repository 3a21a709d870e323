package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report formats as a user gets them from the jar: PDF into a case folder, drafts on stdout, the bench. */
class ReportsIT {
    @Test
    void aPdfReportOfAPreservedCaseCarriesItsExhibitsAndCustodyLog(@TempDir Path dir) throws Exception {
        Path caseDir = dir.resolve("case");
        Jar.Run run = Jar.run("assess", Jar.example().toString(), "--complainant", "Priya Shah", "--format", "pdf",
                "--case", caseDir.toString(), "--actor", "Priya Shah", "--no-encrypt");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("IF YOU ARE IN DANGER, CALL 999 NOW").contains("report.pdf");
        Path pdf = caseDir.resolve("derived/report.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).startsWith("Evidence report").contains("If you are in danger, call 999 now",
                    "Exhibit schedule", "PS/1", "Custody log", "preserve", "What this means for you",
                    "FIRST ACCOUNT FOR THE POLICE", "Page 1 of " + doc.getNumberOfPages());
        }
        assertThat(Jar.run("verify", caseDir.toString()).exit()).isZero();
    }

    @Test
    void draftsPrintTheTextsForThePlatformAndThePolice() throws Exception {
        Jar.Run run = Jar.run("assess", Jar.example().toString(), "--complainant", "Priya Shah", "--format",
                "drafts");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("REPORT TO WHATSAPP").contains("FIRST ACCOUNT FOR THE POLICE",
                "My name is Priya Shah", "Dean Whitlock", "chat.txt  SHA-256 ");
    }

    @Test
    void theBenchRendersAGeneratedCaseAndSaysHowLongItTook(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("bench.pdf");
        Jar.Run run = Jar.run("bench-report", "--messages", "300", "--out", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("messages 300").containsPattern("pdf \\d+\\.\\d\\d s, \\d+\\.\\d\\d s of CPU");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("m-000300");
        }
    }
}

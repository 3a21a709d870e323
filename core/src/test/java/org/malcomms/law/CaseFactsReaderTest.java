package org.malcomms.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.ingest.InputException;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Channel;

class CaseFactsReaderTest {
    @Test
    void readsEveryPartOfAFactsFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, """
                jurisdiction: england-wales
                audience: {channel: Public, size: 340}
                victim: {vulnerable: true, vulnerability: 84 and lives alone}
                relationship: landlord
                impact: {fearedViolence: true, dailyLife: stays in her coat}
                sender: {identity: Harj Kaur}
                contact: {askedToStopOn: 2025-01-08, blockedOn: 2025-01-09}
                courtOrders:
                  - {kind: restraining order, madeOn: 2024-06-01, expiresOn: 2026-06-01}
                content: {imagesShowGenitals: false, falseInformation: the eggs were in date}
                """);
        CaseFacts facts = CaseFactsReader.read(f);
        assertThat(facts.audience().channel()).isEqualTo(Channel.PUBLIC);
        assertThat(facts.victim().vulnerable()).isTrue();
        assertThat(facts.contact().blockedOn()).isEqualTo(LocalDate.parse("2025-01-09"));
        assertThat(facts.courtOrders().get(0).inForceOn(LocalDate.parse("2025-01-01"))).isTrue();
        assertThat(facts.courtOrders().get(0).inForceOn(LocalDate.parse("2026-06-02"))).isFalse();
        assertThat(facts.content().falseInformation()).isEqualTo("the eggs were in date");
        assertThat(facts.impact().seriousAlarmOrDistress()).isNull();
    }

    @Test
    void anEmptyFileIsNoFacts(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, "");
        assertThat(CaseFactsReader.read(f)).isEqualTo(CaseFacts.NONE);
    }

    @Test
    void mistakesNameTheFileLineAndField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, "victim:\n  vulnerabel: true\n");
        assertThatThrownBy(() -> CaseFactsReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("case.yaml:2").hasMessageContaining("unknown field \"vulnerabel\" in victim");
        Files.writeString(f, "audience:\n  channel: everyone\n");
        assertThatThrownBy(() -> CaseFactsReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("audience.channel");
        Files.writeString(f, "courtOrders:\n  - madeOn: 14/01/2025\n");
        assertThatThrownBy(() -> CaseFactsReader.read(f)).hasMessageContaining("courtOrders[1].madeOn")
                .hasMessageContaining("YYYY-MM-DD");
    }
}

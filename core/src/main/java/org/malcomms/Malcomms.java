package org.malcomms;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.malcomms.analysis.ConversationAnalyzer;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.MessageClassifier;
import org.malcomms.analysis.HybridClassifier;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Importers;
import org.malcomms.ingest.InputException;
import org.malcomms.ingest.SourceInput;
import org.malcomms.ingest.TimelineBuilder;
import org.malcomms.law.KnowledgeBase;
import org.malcomms.law.LegalAssessor;
import org.malcomms.model.Assessment;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Perspective;
import org.malcomms.model.Timeline;

/**
 * The one entry point every surface (command line, web app, stream job) calls: import, analyse, assess.
 * It holds the loaded classifier and knowledge base, so one instance serves many cases.
 */
public final class Malcomms {
    private final Importers importers;
    private final MessageClassifier classifier;
    private final KnowledgeBase knowledgeBase;

    public Malcomms(Importers importers, MessageClassifier classifier, KnowledgeBase knowledgeBase) {
        this.importers = importers;
        this.classifier = classifier;
        this.knowledgeBase = knowledgeBase;
    }

    public static Malcomms standard() {
        return new Malcomms(Importers.standard(), HybridClassifier.standard(), KnowledgeBase.load());
    }

    public static String version() {
        try (InputStream in = Malcomms.class.getResourceAsStream("/malcomms-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    public Importers importers() {
        return importers;
    }

    public MessageClassifier classifier() {
        return classifier;
    }

    /**
     * Checks that a jurisdiction is assessed (England and Wales only).
     *
     * @throws IllegalArgumentException with a message saying why not, for Scotland, Northern Ireland or others
     */
    public void requireInScope(String jurisdiction) {
        knowledgeBase.requireInScope(jurisdiction);
    }

    public Timeline importAll(List<SourceInput> sources, String format, ImportContext context)
            throws IOException, InputException {
        return new TimelineBuilder(importers, context).build(sources, format);
    }

    /** Imports without holding the timeline: each message, numbered, goes to {@code out} in timeline order. */
    public void importEach(List<SourceInput> sources, String format, ImportContext context,
                           java.util.function.Consumer<org.malcomms.model.Message> out)
            throws IOException, InputException {
        new TimelineBuilder(importers, context).stream(sources, format, out);
    }

    /** Assesses a timeline for the named complainant, or for the likeliest one when {@code complainant} is null. */
    public CaseResult assess(Timeline timeline, String complainant, Perspective perspective) {
        return assess(timeline, complainant, perspective, CaseFacts.NONE);
    }

    /**
     * Assesses a timeline with what the person knows that the messages cannot show (read a facts file with
     * {@link org.malcomms.law.CaseFactsReader}).
     *
     * @throws IllegalArgumentException when the facts name a jurisdiction other than England and Wales
     */
    public CaseResult assess(Timeline timeline, String complainant, Perspective perspective, CaseFacts facts) {
        if (facts.jurisdiction() != null) {
            requireInScope(facts.jurisdiction());
        }
        boolean chosen = complainant == null || complainant.isBlank();
        String who = chosen ? ConversationAnalyzer.likelyComplainant(timeline) : complainant;
        ConversationFindings findings = new ConversationAnalyzer(classifier).analyse(timeline, who, chosen, facts);
        Assessment assessment = new LegalAssessor(knowledgeBase, java.time.Clock.systemDefaultZone()).assess(timeline, findings, perspective);
        return new CaseResult(timeline, findings, assessment);
    }
}

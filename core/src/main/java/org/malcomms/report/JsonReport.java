package org.malcomms.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.malcomms.model.Assessment;
import org.malcomms.model.Attachment;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Factor;
import org.malcomms.model.Message;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Party;
import org.malcomms.model.Perspective;

/** The contract's JSON: one object per message for {@code import}, and the assessment for {@code assess}. */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String time(OffsetDateTime t) {
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    public static ObjectNode message(Message m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", m.id());
        n.put("platform", m.platform());
        n.put("conversation", m.conversation());
        n.put("channel", m.channel().json());
        n.put("sender", m.sender());
        n.put("sentAt", time(m.sentAt()));
        n.put("zoneSource", m.zoneSource().json());
        n.put("kind", m.kind().json());
        n.put("text", m.text());
        ArrayNode atts = n.putArray("attachments");
        for (Attachment a : m.attachments()) {
            atts.addObject().put("name", a.name()).put("type", a.type());
        }
        n.put("edited", m.edited());
        ObjectNode src = n.putObject("source");
        src.put("file", m.source().file());
        src.put("sha256", m.source().sha256());
        src.put("line", m.source().line());
        if (!m.alsoIn().isEmpty()) {
            ArrayNode also = n.putArray("alsoIn");
            for (var loc : m.alsoIn()) {
                also.addObject().put("file", loc.file()).put("sha256", loc.sha256()).put("line", loc.line());
            }
        }
        if (!m.metadata().isEmpty()) {
            ObjectNode meta = n.putObject("metadata");
            m.metadata().forEach(meta::put);
        }
        return n;
    }

    /** One message as a single line of JSON (no trailing newline). */
    public static String messageLine(Message m) {
        try {
            return JSON.writeValueAsString(message(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode assessment(Assessment a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("schema", Assessment.SCHEMA);
        n.put("jurisdiction", Assessment.JURISDICTION);
        n.put("perspective", a.perspective().json());
        n.put("complainant", a.complainant());
        n.put("complainantChosen", a.complainantChosen());
        ObjectNode s = n.putObject("summary");
        s.put("messages", a.summary().messages());
        s.put("skipped", a.summary().skipped());
        ArrayNode parties = s.putArray("parties");
        ObjectNode counts = JSON.createObjectNode();
        for (Party p : a.summary().parties()) {
            parties.add(p.name());
            counts.put(p.name(), p.messagesSent());
        }
        s.set("messagesBy", counts);
        s.put("firstAt", time(a.summary().firstAt()));
        s.put("lastAt", time(a.summary().lastAt()));
        ArrayNode conversations = s.putArray("conversations");
        for (var c : a.summary().conversations()) {
            ObjectNode cn = conversations.addObject().put("platform", c.platform()).put("title", c.title())
                    .put("channel", c.channel().json());
            strings(cn.putArray("participants"), c.participants());
        }
        ArrayNode offences = n.putArray("offences");
        for (OffenceFinding o : a.offences()) {
            ObjectNode on = offences.addObject();
            on.put("id", o.id());
            on.put("title", o.title());
            on.put("strength", o.strength().json());
            ArrayNode els = on.putArray("elements");
            for (ElementFinding e : o.elements()) {
                ObjectNode en = els.addObject();
                en.put("id", e.id());
                en.put("text", e.text());
                en.put("finding", e.finding().json());
                strings(en.putArray("evidence"), e.evidence());
                strings(en.putArray("reasons"), e.reasons());
                strings(en.putArray("strengthen"), e.strengthen());
                strings(en.putArray("challenges"), e.challenges());
            }
            on.put("modeOfTrial", o.modeOfTrial());
            on.put("maxPenalty", o.maxPenalty());
            on.put("citation", o.citation());
            on.put("lawAsAt", o.lawAsAt());
            on.put("source", o.sourceUrl());
            on.put("timeLimit", o.timeLimit());
            strings(on.putArray("toConfirm"), o.toConfirm());
            strings(on.putArray("notes"), o.notes());
            if (o.deadline() != null) {
                on.putObject("deadline").put("date", o.deadline().date()).put("longstop", o.deadline().longstop())
                        .put("explanation", o.deadline().explanation());
            }
        }
        ObjectNode coc = n.putObject("courseOfConduct");
        coc.put("detected", a.courseOfConduct().detected());
        coc.put("occasions", a.courseOfConduct().occasions());
        strings(coc.putArray("evidence"), a.courseOfConduct().evidence());
        if (a.perspective() == Perspective.DEFENCE) {
            factors(n.putArray("defencePoints"), a.defencePoints());
            factors(n.putArray("aggravating"), a.aggravating());
        } else {
            factors(n.putArray("aggravating"), a.aggravating());
            factors(n.putArray("defencePoints"), a.defencePoints());
        }
        n.put("recommendation", a.recommendation().json());
        strings(n.putArray("recommendationReasons"), a.recommendationReasons());
        n.put("immediateDanger", a.immediateDanger());
        strings(n.putArray("nextSteps"), a.nextSteps());
        n.put("scope", a.scope());
        factors(n.putArray("patterns"), a.patterns());
        factors(n.putArray("publicInterest"), a.publicInterest());
        ObjectNode sentencing = n.putObject("sentencing");
        strings(sentencing.putArray("signals"), a.sentencing().signals());
        sentencing.put("likelyOutcome", a.sentencing().likelyOutcome());
        strings(sentencing.putArray("timeline"), a.sentencing().timeline());
        strings(sentencing.putArray("sources"), a.sentencing().sources());
        strings(n.putArray("factsUsed"), a.factsUsed());
        strings(n.putArray("factsNeeded"), a.factsNeeded());
        return n;
    }

    public static String assessmentText(Assessment a) {
        try {
            return PRETTY.writeValueAsString(assessment(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void factors(ArrayNode arr, List<Factor> factors) {
        for (Factor f : factors) {
            ObjectNode fn = arr.addObject();
            fn.put("id", f.id());
            strings(fn.putArray("evidence"), f.evidence());
            fn.put("reason", f.reason());
            if (!f.source().isEmpty()) {
                fn.put("source", f.source());
            }
        }
    }

    private static void strings(ArrayNode arr, List<String> values) {
        values.forEach(arr::add);
    }
}

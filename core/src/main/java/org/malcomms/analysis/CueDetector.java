package org.malcomms.analysis;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds conversation cues in a message by explainable phrase rules. Each rule is tried on the text as written and on
 * the text as the classifier reads it ({@link TextNormaliser}: "ur" as "your", dodged spellings undone, run-together
 * words split), so a cue written for one form is not missed in the other.
 */
public final class CueDetector {
    private static final String YOUR = "(?:your|ur|yr|her|his)";
    private static final Map<Cue, Pattern> RULES = new EnumMap<>(Cue.class);

    static {
        rule(Cue.STOP_REQUEST, "\\b(?:please|pls|plz)\\s+(?:just\\s+)?stop\\b|\\bstop (?:messaging|texting|contacting"
                + "|calling|ringing|sending)\\b|\\bleave me alone\\b|\\b(?:don'?t|do not|never) (?:contact|message"
                + "|text|call|ring) me(?:\\s+(?:again|any ?more|ever))?\\s*(?:[.!,]|$)|\\bno (?:more|further) contact\\b|\\bi(?:'ve| have) blocked you\\b"
                + "|\\bi don'?t want (?:to hear from you|any contact)\\b");
        rule(Cue.BLOCKED, "\\bi(?:'ve| have|'m| am)? ?(?:blocked|blocking) you\\b|^you blocked this contact\\b");
        rule(Cue.THIRD_PARTY_CONTACT, "\\b(?:tell|telling|told|message|messaged|messaging|email|emailed|emailing"
                + "|contact|contacted|contacting|ring|rang|call|called|inform|warn|show|showed|send|sent|sending|post"
                + "|posted|share|shared)\\b[^.!?\\n]{0,40}?\\b" + YOUR + "\\s+(?:\\w+\\s+)?(?:staff|boss|employer"
                + "|manager|work|workplace|colleagues|team|husband|wife|partner|boyfriend|girlfriend|mum|mom|dad"
                + "|parents|family|kids|children|clients|customers|followers|landlord|school|church|mosque"
                + "|neighbours|friends|hr)\\b|\\beveryone (?:at|in) (?:your|ur) (?:work|office|salon|shop|school"
                + "|family)\\b|\\b(?:tell|telling|told|email|emailing|ring|ringing|contact|contacting)\\s+(?:your"
                + "|ur)\\s+(?:\\w+\\s+)?(?:hr|head office|regulator)\\b");
        rule(Cue.EXPOSURE_THREAT, "\\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|gonna|going to|or i|or else i"
                + "|unless you)\\b[^.!?\\n]{0,25}?\\b(?:post|share|send|leak|upload|show|spread|put)\\w*\\b[^.!?\\n]{0,30}?\\b"
                + "(?:your|ur|them|all your|all ur)\\s+(?:\\w+\\s+)?(?:nudes|pics|pictures|photos|videos?|images"
                + "|address|messages|secrets)\\b|\\b(?:your|the) (?:nudes|pics|pictures|photos|videos?) (?:go|get|goes|will"
                + " go) (?:out|online|everywhere|public)\\b|\\beveryone will (?:see|know)\\b|\\b(?:i'?ll|i will|gonna"
                + "|going to)\\s+(?:\\w+\\s+)?(?:expose|ruin)\\s+you\\b|" + ThreatRules.INTIMATE_THREAT + "|"
                + ThreatRules.EXPOSURE_THREAT + "|" + ThreatRules.DOXXING);
        rule(Cue.EXPOSED, "\\b(?:i(?:'ve| have)?|just)\\s+(?:sent|posted|shared|uploaded|leaked|put)\\b[^.!?\\n]{0,40}?"
                + "\\b(?:nudes|pics|pictures|photos|videos?|images)\\b");
        rule(Cue.INTIMATE_IMAGE, "\\bnudes?\\b|\\bnaked (?:pics?|pictures?|photos?|videos?|selfies?)\\b|\\bintimate"
                + " (?:pics?|pictures?|photos?|images?|videos?)\\b|\\bsex (?:tape|video)\\b|\\b(?:pics?|photos?"
                + "|pictures?|videos?) of you naked\\b|\\bexplicit (?:pics?|photos?|images?|videos?)\\b|"
                + ThreatRules.INTIMATE);
        rule(Cue.DEMAND, "\\b(?:pay|send|transfer|give)\\s+(?:me\\s+)?£\\s?\\d|£\\s?\\d[\\d,]*\\b[^.!?\\n]{0,30}?\\b(?:or|by"
                + "|before|within)\\b|\\bor (?:else|i'?ll|i will|they (?:all )?(?:see|get))\\b|\\bunless you\\b"
                + "|\\byou(?:'ve| have) (?:got )?(?:\\d+|one|two|24|48) (?:hours?|minutes?|days?)\\b"
                + "|\\bsend (?:me )?(?:more|another|the money)\\b");
        rule(Cue.MONITORING, "\\bi (?:saw|seen|watched|followed) you\\b|\\bi(?:'ve| have) been (?:watching|following)"
                + "\\b|\\bi know where you (?:live|work|are|go)\\b|\\bsaw (?:your|ur) (?:post|story|car|status)\\b"
                + "|\\b(?:i'?m|i am|im|was) (?:outside|parked outside) (?:your|ur)\\b|\\bi can see you(?:'re| are)?"
                + " (?:online|typing|at|in)\\b|\\bnice (?:dress|outfit|top) today\\b");
        rule(Cue.ANONYMITY, "\\byou (?:don'?t|do not|will never|'ll never) know (?:who i am|me|who this is)\\b"
                + "|\\bguess who\\b|\\bnever (?:find out|know) who\\b|\\bfake (?:account|profile)\\b|\\bburner\\b"
                + "|\\bwho i am\\b");
        rule(Cue.EVASION, "\\bnew (?:number|account|profile|phone)\\b|\\byou blocked me\\b|\\bcan'?t block me\\b"
                + "|\\bblock (?:me|this) all you (?:like|want)\\b|\\banother (?:number|account)\\b");
        rule(Cue.REMORSE, "\\b(?:i'?m|i am|im) (?:so |really |truly )?sorry\\b|^\\s*sorry\\b|\\bi apologi[sz]e\\b"
                + "|\\bi shouldn'?t have (?:said|sent|written)\\b|\\b(?:that was|i was|bit) out of order\\b");
        rule(Cue.JOKING, "\\b(?:lol|lmao|lmfao|haha\\w*|hehe\\w*|jk|only (?:joking|messing|kidding)|just (?:joking"
                + "|messing|kidding)|banter)\\b|[\\x{1F602}\\x{1F923}\\x{1F606}\\x{1F61C}]");
        rule(Cue.FLASHING, "\\b(?:flash(?:ing|y)|strob(?:e|ing)|seizures?|fits?|epilep\\w*)\\b");
        rule(Cue.REPORTING, "\\b(?:he|she|they|someone|somebody)\\s+(?:called|calls|call)\\s+(?:me|us|her|him)\\b"
                + "|\\b(?:he|she|they)\\s+(?:said|told me|wrote)\\b");
    }

    private final TextNormaliser normaliser;

    public CueDetector(TextNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The detector reading text as the shipped classifier does. */
    public static CueDetector standard() {
        return new CueDetector(new TextNormaliser(Lexicon.standard(), WordVectors.shipped()::has));
    }

    private static void rule(Cue cue, String regex) {
        RULES.put(cue, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE));
    }

    /** True when one match of the cue's words in {@code text} covers the characters from {@code start} to {@code end}. */
    public boolean covers(Cue cue, String text, int start, int end) {
        java.util.regex.Matcher m = RULES.get(cue).matcher(text);
        while (m.find()) {
            if (m.start() <= start && end <= m.end()) {
                return true;
            }
        }
        return false;
    }

    public Set<Cue> detect(String text) {
        NormalisedText norm = normaliser.normalise(text);
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        for (Cue cue : RULES.keySet()) {
            if (shows(cue, norm)) {
                cues.add(cue);
            }
        }
        return cues;
    }

    /** True when the text, as written or as the classifier reads it, shows the cue. */
    static boolean shows(Cue cue, NormalisedText text) {
        Pattern pattern = RULES.get(cue);
        return pattern.matcher(text.original()).find() || pattern.matcher(text.normal()).find();
    }
}

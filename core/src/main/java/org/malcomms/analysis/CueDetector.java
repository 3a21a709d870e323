package org.malcomms.analysis;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds conversation cues in a message by explainable phrase rules. */
public final class CueDetector {
    private static final Pattern STOP = Pattern.compile(
            "\\b(?:please|pls|plz)\\s+(?:just\\s+)?stop\\b|\\bstop (?:messaging|texting|contacting|calling|ringing)"
                    + "\\b|\\bleave me alone\\b|\\b(?:don'?t|do not|never) (?:contact|message|text|call) me\\b"
                    + "|\\bno (?:more|further) contact\\b|\\bi(?:'ve| have) blocked you\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THIRD_PARTY = Pattern.compile(
            "\\b(?:tell|telling|told|message|messaging|email|emailing|contact|contacting|ring|call|inform|warn"
                    + "|show|send (?:this|it) to)\\b[^.!?\\n]{0,40}?\\b(?:your|ur|yr)\\s+(?:\\w+\\s+)?(?:staff|boss"
                    + "|employer|manager|work|workplace|colleagues|team|husband|wife|partner|boyfriend|girlfriend|mum"
                    + "|mom|dad|parents|family|kids|children|clients|customers|followers|landlord|school|church"
                    + "|mosque|neighbours)\\b|\\beveryone (?:at|in) (?:your|ur) (?:work|office|salon|shop|school"
                    + "|family)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPOSURE = Pattern.compile(
            "\\b(?:post|share|send|leak|upload|show)\\w*\\b[^.!?\\n]{0,30}?\\b(?:your|ur|the)\\s+(?:\\w+\\s+)?(?:nudes"
                    + "|pics|pictures|photos|videos?|images|address)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:he|she|they|someone|somebody)\\s+(?:called|calls|call)\\s+(?:me|us|her|him)\\b"
                    + "|\\b(?:he|she|they)\\s+(?:said|told me|wrote)\\b",
            Pattern.CASE_INSENSITIVE);

    public Set<Cue> detect(String text) {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        if (STOP.matcher(text).find()) {
            cues.add(Cue.STOP_REQUEST);
        }
        if (THIRD_PARTY.matcher(text).find()) {
            cues.add(Cue.THIRD_PARTY_CONTACT);
        }
        if (EXPOSURE.matcher(text).find()) {
            cues.add(Cue.EXPOSURE_THREAT);
        }
        if (REPORTING.matcher(text).find()) {
            cues.add(Cue.REPORTING);
        }
        return cues;
    }
}

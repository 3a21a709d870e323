package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first, rule-based classifier: word and phrase lists for each label, with a span for every match.
 * It is a placeholder for the trained classifier and says nothing it cannot point at.
 */
public final class RuleClassifier implements MessageClassifier {

    private record Rule(Label label, Pattern pattern, double p, ProtectedCharacteristic characteristic) {
        Rule(Label label, String regex, double p) {
            this(label, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), p, null);
        }

        Rule(ProtectedCharacteristic c, String regex) {
            this(Label.HATE, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), 0.9, c);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Label.OFFENSIVE, "\\b(?:c+u+n+t+s?|tw[a@]ts?|wh[o0]res?|sl[a@]gs?|sluts?|b[i1]tch(?:es)?"
                    + "|wank(?:er|ers|stain)?|pricks?|dickheads?|bastards?|scum(?:bag)?s?|f+u+c+k+(?:ing|er|ers|ed|"
                    + "in)?|f\\*+c?k\\w*|sh[i1]t(?:e|head|bag)?|piss(?:ed)? off|arseholes?|assholes?|motherfuckers?"
                    + "|cow|pig|vermin|worthless|pathetic|disgusting|loser|ugly)\\b", 0.8),
            new Rule(Label.OFFENSIVE, "\\b(?:idiot|moron|stupid|thief|liar|fraud|crook|clown|useless)\\b", 0.6),
            new Rule(Label.THREAT, "\\b(?:i(?:'ll| will|'m going to| am going to|m gonna| am gonna|'m gonna)|gonna"
                    + "|going to)\\s+(?:\\w+\\s+)?(?:kill|murder|stab|hurt|batter|smash|burn|beat|shoot|strangle"
                    + "|end)\\b", 0.85),
            new Rule(Label.THREAT, "\\b(?:you(?:'re| are)|ur|you r) (?:dead|finished|a dead (?:wo)?man)\\b"
                    + "|\\bwatch your back\\b|\\bi know where you (?:live|work)\\b|\\bbreak (?:your|ur) (?:legs|neck"
                    + "|face|jaw)\\b|\\bslit (?:your|ur) throat\\b|\\bburn (?:your|ur) (?:house|shop|salon|car|place)"
                    + "(?: down)?\\b|\\byou(?:'ll| will) (?:regret|pay for) (?:this|it)\\b|\\bcoming for you\\b", 0.85),
            new Rule(Label.SEXUAL, "\\b(?:rape|raped|cock|dick|pussy|tits|nudes?|blow ?job|suck my|sit on my face"
                    + "|horny|shag|wank|cum|naked|porn)\\b", 0.8),
            new Rule(Label.SELF_HARM, "\\b(?:kill (?:your ?self|urself)|kys|go (?:and )?die|hang (?:your ?self"
                    + "|urself)|slit (?:your|ur) wrists|end it all|nobody would miss you|do everyone a favour and die"
                    + "|you should (?:just )?die)\\b", 0.9),
            new Rule(ProtectedCharacteristic.RACE, "\\b(?:n[i1]gg(?:er|a|ers|as)|pak[i1]s?|wogs?|coons?|chinks?"
                    + "|gypo|pikeys?|spics?|go back to (?:your|ur) (?:own )?country)\\b"),
            new Rule(ProtectedCharacteristic.RELIGION, "\\b(?:muzzies?|ragheads?|kikes?|towel ?heads?|christ"
                    + " killers?)\\b"),
            new Rule(ProtectedCharacteristic.DISABILITY, "\\b(?:retards?|retarded|spastics?|spazz?|mongs?|cripples?"
                    + ")\\b"),
            new Rule(ProtectedCharacteristic.SEXUAL_ORIENTATION, "\\b(?:f[a@]gg?(?:ot)?s?|poofs?|poofters?"
                    + "|dykes?|batty ?(?:boy|man)|benders?)\\b"),
            new Rule(ProtectedCharacteristic.TRANSGENDER, "\\b(?:trann(?:y|ies)|shemales?|he-?shes?|trap)\\b"));

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:never|wouldn'?t|won'?t|would not|will not|not going to|don'?t want to)\\b[^.!?]{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(?:you|your|you're|u|ur|yours|yourself)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP = Pattern.compile("\\b(?:they|them|those|these|all (?:of )?(?:you|them)|people"
            + " like)\\b", Pattern.CASE_INSENSITIVE);

    private final CueDetector cues = new CueDetector();

    @Override
    public Classification classify(String text) {
        Map<Label, Double> labels = new EnumMap<>(Label.class);
        Set<ProtectedCharacteristic> groups = EnumSet.noneOf(ProtectedCharacteristic.class);
        List<Span> spans = new ArrayList<>();
        boolean reporting = cues.detect(text).contains(Cue.REPORTING);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                double p = rule.p();
                if (NEGATION.matcher(text.substring(0, m.start())).find() || reporting) {
                    p = 0.2;
                }
                labels.merge(rule.label(), p, Math::max);
                if (p >= Classification.THRESHOLD) {
                    spans.add(new Span(m.start(), m.end(), rule.label().json()));
                    if (rule.characteristic() != null) {
                        groups.add(rule.characteristic());
                    }
                }
            }
        }
        for (Label strong : List.of(Label.HATE, Label.THREAT, Label.SELF_HARM)) {
            labels.merge(Label.OFFENSIVE, labels.getOrDefault(strong, 0.0), Math::max);
        }
        Target target = Target.NONE;
        if (labels.getOrDefault(Label.OFFENSIVE, 0.0) >= Classification.THRESHOLD) {
            boolean you = SECOND_PERSON.matcher(text).find();
            if (you) {
                target = Target.INDIVIDUAL;
            } else if (!groups.isEmpty() || GROUP.matcher(text).find()) {
                target = Target.GROUP;
            } else {
                target = Target.OTHER;
            }
            labels.put(Label.TARGETED, you || !groups.isEmpty() ? 0.8 : 0.3);
        }
        return new Classification(labels, target, groups, spans);
    }
}

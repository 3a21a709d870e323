package org.malcomms.analysis;

/**
 * The rules for put-downs that no single listed word carries ("a waste of space", "thick as mince", "the ugliest
 * girl in year 9"): British insults the training tweets rarely used.
 */
final class InsultRules {
    private InsultRules() {
    }

    static void addTo(RuleBook book) {
        book.rule("put-down", Label.OFFENSIVE, 0.8, "\\bwaste of (?:space|oxygen|skin|air|a (?:man|woman|mother"
                + "|father|human))\\b|\\bthick as (?:mince|shit|pigshit|two short planks|a plank|a brick|custard|fuck)\\b"
                + "|\\brunt of the litter\\b|\\b(?:sad|pathetic|lonely|bitter|miserable|nasty|vile) (?:little|old|fat)"
                + " (?:man|woman|cow|git|prick|boy|girl|troll|nobody)\\b|\\b(?:a )?trained (?:monkey|chimp) could\\b"
                + "|\\b(?:the )?(?:ugliest|fattest|thickest|dumbest|stupidest|weirdest|smelliest|most pathetic|biggest"
                + " loser) (?:girl|boy|person|lad|kid|one|woman|man|cow|thing)\\b|\\blet (?:yourself|herself|himself)"
                + " go\\b|\\b(?:are you|you) (?:actually |just |really )?(?:special needs|brain dead|braindead)\\b"
                + "|\\b(?:you're|you are|your) (?:a )?(?:lil |little )?(?:pussy|wet wipe|nobody|nothing)(?: \\.| !|$)",
                false, null);
        book.triggers("waste thick runt sad pathetic lonely bitter miserable nasty vile trained ugliest fattest"
                + " thickest dumbest stupidest weirdest smelliest loser yourself herself himself special brain braindead"
                + " pussy wet nobody nothing");
        book.rule("shunning", Label.OFFENSIVE, 0.7, "\\b(?:nobody|no one|noone) (?:likes|wants|invited|asked|cares"
                + " about|loves|rates) (?:you|your)\\b|\\b(?:you|your) (?:smell|stink|reek)\\b(?! (?:nice|lovely|good"
                + "|great|amazing|gorgeous|divine|fresh|so good|really nice|of (?:perfume|flowers|coffee)))", false,
                null);
        book.triggers("nobody no noone smell stink reek");
    }
}

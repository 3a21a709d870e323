package org.malcomms.analysis;

import java.util.List;

/** The rules for encouraging suicide or self-harm, and for sexual or indecent content. */
final class SexualAndSelfHarmRules {
    /** A sexual proposition and the trigger words it needs. */
    private record Proposition(String regex, String triggers) {
    }

    /**
     * Sexual propositions, each with the trigger words it needs (so the common words among them, "see", "send",
     * "nice", cost only where their partner word is there): sex asked as payment ("you could pay me back another way
     * 😉"), watching someone undress, "bet you taste...", remarks on breasts (not "great tits on the feeder"),
     * soliciting and fetish requests.
     */
    private static final List<Proposition> PROPOSITIONS = List.of(
            new Proposition("\\b(?:pay|paying) (?:me |it )?(?:back )?(?:another way|in other ways|(?:some )?other way)"
                    + "\\b(?=.{0,40}\\b(?:wink|smirk|love|come round|come over|tonight|bed))", "pay paying + another other"),
            new Proposition("\\bsort something (?:else )?out\\b(?=.{0,40}\\b(?:wink|smirk|love|pretty|fit|sexy)\\b)",
                    "sort + something"),
            new Proposition("\\bbe (?:a bit |a little )?nicer to me\\b(?=.{0,60}\\b(?:wear|dress|skirt|wink|smirk"
                    + "|come round)\\b)", "nicer"),
            new Proposition("\\b(?:watched|saw|seen|watching|see|seeing) (?:you|her) (?:undress|undressing|get undressed"
                    + "|getting undressed|getting changed|changing|in the shower(?! (?:queue|block|room|gel|aisle|area"
                    + "|cubicle|door))|come out (?:of )?the shower|in (?:your|the) (?:towel|underwear|bra|knickers)"
                    + "|naked)\\b", "watched saw seen watching see seeing + undress undressing undressed changed changing"
                    + " shower towel underwear bra knickers naked"),
            new Proposition("\\b(?:nice|lovely|great) view (?:from|through) my (?:bedroom )?window\\b(?=.{0,40}\\b(?:you"
                    + "|your|wink|smirk|come over)\\b)", "view + window"),
            new Proposition("\\bbet (?:you|your|you're|ya) (?:taste|give (?:great|good|amazing) head|(?:so |well )?tight"
                    + "|(?:a )?(?:right )?(?:dirty one|goer|bottom)|look (?:even )?better (?:out of|without))\\b",
                    "bet + taste head tight dirty goer bottom better"),
            new Proposition("\\b(?:nice|lovely|massive|huge|big) (?:t\\*ts|tits|boobs|titties|jugs)\\b(?! (?:on|at|in) the"
                    + " (?:feeder|garden|tree|bird))", "t*ts tits boobs titties jugs"),
            new Proposition("\\b(?:send|snap|show) (?:me|us) something (?:dirty|naughty|nobody else (?:gets to|can) see)"
                    + "\\b", "something + dirty naughty nobody"),
            new Proposition("\\ba (?:good|proper) seeing to\\b", "seeing"),
            new Proposition("\\b(?:your|ur) (?:arse|ass|bum|booty|tits|boobs|legs|body|thighs)"
                    + " in (?:those|them|that|these|your|ur) (?:\\w+ )?(?:jeans|leggings|dress|skirt|shorts|top|bikini"
                    + "|uniform|trousers|joggers)\\b", "arse ass bum booty tits boobs legs body thighs"),
            new Proposition("\\b(?:you|u) on top of me\\b|\\bme on top of (?:you|u)\\b", "top"),
            new Proposition("\\bwhat i'?d (?:like to |love to |want to )?do to (?:you|u)\\b(?=.{0,40}\\b(?:airdrop|devil"
                    + "|aubergine|tongue|splash|naked|bed)\\b)|\\b(?:airdrop|aubergine|tongue|splash|naked|bed)\\b.{0,40}"
                    + "\\bwhat i'?d (?:like to |love to |want to )?do to (?:you|u)\\b", "do + airdrop devil aubergine tongue"
                    + " splash naked bed"),
            new Proposition("\\b(?:something|summat) (?:to show|to send|for) (?:you|u)\\b.{0,12}\\b(?:aubergine|splash"
                    + "|tongue)\\b", "aubergine splash tongue"),
            new Proposition("\\bhow much for (?:an hour|a night|the night|a go)(?= ?[.,!?]| with (?:you|u)\\b|$)",
                    "much + hour night go"),
            new Proposition("\\b(?:show|send) (?:me|us) (?:your|ur) feet\\b", "feet"),
            new Proposition("\\bin (?:that|your|my|the) \\w+ and nothing else\\b", "nothing + else"));

    private SexualAndSelfHarmRules() {
    }

    static void addTo(RuleBook book) {
        book.rule("encourages suicide or self-harm", Label.SELF_HARM, 0.92, "\\bwhy don't you (?:just )?(?:go )?(?:and )?"
                + "(?:die|kill|end it|neck|hang|top|off)\\b|\\bkys\\b|\\bkill (?:your ?self"
                + "|yourselves|urself)\\b|\\b(?:neck|hang|top|off|unalive|shoot|stab|cut|starve|drown|burn|harm|knife"
                + "|rope)"
                + " (?:your ?self|yourselves|urself)\\b|\\bgo (?:and )?(?:die|jump off)\\b|\\bslit"
                + " your (?:wrists"
                + "|throat)\\b|\\bdrink (?:some )?bleach\\b|\\bjump off (?:a|the) (?:bridge|building|cliff|roof|multi storey|multi-storey|car park|balcony|pier|tower)"
                + "|\\b(?:step|jump|walk|throw yourself|lie down|lay down) in front of (?:(?:a|the|an) (?:\\w+ ){0,2}?(?:train"
                + "|bus|lorry|tube|truck)\\b|the \\d)|\\b(?:nobody|no one|noone)"
                + " (?:would|will|is going to) (?:miss|care if|notice if) you|\\b(?:the )?world (?:would be|is"
                + "|will be) better (?:off )?without you|\\b(?:do|doing|did) (?:us all|everyone|the world|us) a favou?r (?:and|if (?:you|u)|by)"
                + " (?:just )?(?:die|disappear|took|take|taking|swallow|swallowed|jump|jumped|jumping|step|walk|ended|ending|killed|killing|kill|end|don't wake up|dont wake up|stop breathing|not exist)|\\b(?:took|take|taking|swallow|swallowed|neck|necked|down|downed) (?:all|the whole|every one of|all of)"
                + " (?:\\w+ ){0,3}?(?:pills|tablets|packet|bottle|meds|box)\\b|\\bjoin the 41\\b|\\bpills\\b.{0,30}?\\b(?:take"
                + "|swallow|neck|down) (?:them|the lot|em) all\\b|\\byou (?:should|ought to|need to) (?:just )?(?:die|kill"
                + "|not exist|not be alive|end it)\\b"
                + "|\\b(?:here's|heres|here is|have|get) (?:a|some) (?:rope|noose)\\b[^.]{0,12}\\b(?:use it|for you"
                + "|do the rest|you know what to do)\\b|\\bend it all\\b|\\bend your (?:own )?life\\b|(?<!\\b(?:they|he|she|it|would|will|all|they'd|he'd"
                + "|she'd|i'd|i|we|to) )\\b(?:please|just) die\\b|\\b(?:just|go|go on|go and"
                + "|hurry up and|pls|please|should just|u should)(?: ,)? end it\\b(?! (?:with|between|there))|\\b(?:take|swallow"
                + "|neck|down) (?:all|the whole|every one of|all of) (?:your |ur |the |those |them )?(?:pills|tablets"
                + "|packet|bottle|meds)\\b|\\bcut (?:deeper|harder|(?:your|ur) wrists)\\b|\\bkeep (?:going with the"
                + " |on )?cutting\\b|\\bgo (?:and |n )?(?:slit|die)\\b|\\b(?:don't|dont|never) wake up (?:tomorrow|again"
                + "|in the morning)\\b|\\b(?:nobody|no one|noone) (?:would|will) (?:even )?(?:notice if (?:you|u) (?:were"
                + "|was) gone|come to (?:your|ur) funeral)\\b|\\bwould (?:\\w+ )?(?:be|feel) (?:so )?(?:relieved|happier|better off"
                + "|glad)(?: \\w+){0,3} if (?:you|u) (?:were gone|was gone|died|ended it|weren't here|wasn't here|killed"
                + " (?:yourself|urself))\\b|\\bbetter off without (?:you|u)\\b|\\b(?:try|tried|stop|quit) (?:not )?existing"
                + "\\b|\\bkill(?: [.!,])? your(?: [.!,])? self\\b|\\b(?:go|just|u should|you should|pls|please) hurt"
                + " (?:yourself|urself)\\b|\\bdie in a ditch\\b|\\b(?:do|did|does|doing) it properly this time\\b|\\b(?:delete|uninstall|erase) (?:your ?self|urself)\\b|\\b(?:go|just|pls"
                + "|please) (?:and |n )?(?:overdose|od|hurt (?:yourself|urself))\\b|\\b(?:actually|just) go through with it"
                + "\\b|\\bwhy (?:are|r) (?:you|u) still (?:breathing|alive)\\b|\\bwould (?:throw a party|celebrate|dance)"
                + " if (?:you|u) (?:died|were dead|was dead|killed)\\b|\\bgo (?:and |n )?play (?:on|in) the (?:motorway|traffic"
                + "|railway|tracks)\\b|\\bthen end it\\b|\\b(?:cash|cashing|collect|collecting|claim|claiming) (?:in |on )?(?:your"
                + "|ur) life insurance\\b|\\bif i (?:was|were) (?:as \\w+ as )?(?:you|u),? (?:i'd|id|i would)"
                + " (?:have )?(?:just )?(?:kill|killed|top|topped|neck|necked|end|ended) (?:myself|it)\\b|\\b(?:kill|killed)"
                + " (?:myself|yourself|urself)\\b.{0,60}\\bwhat are you waiting for\\b", true, null);
        book.triggers("kys kill yourself urself yourselves die jump bleach step miss without favour favor end pills tablets"
                + " packet bottle meds cut cutting slit wake notice funeral relieved happier glad existing self ditch killed"
                + " properly delete uninstall erase overdose od through breathing alive died motorway traffic topped rope noose"
                + " box 41 ended ending necked insurance front");
        book.rule("sexual words", Label.SEXUAL, 0.85, "\\b(?:nudes|nude pics|naked|blowjobs?|handjobs?|cum|cumming"
                + "|jizz|horny|shag|shagging|porn|dildo|orgasm|clit|boner|erection(?! of)|(?<!great |blue |coal |marsh |willow"
                + " |crested |long-tailed )tits|titties|boobs|nipples|penis|vagina|wanking|sexting|sext|threesome"
                + "|(?<!so |bit |very |really |too )anal(?! about| retentive)|bj|milf|dick pic|dick pics|cock pic|rape"
                + "|raped|raping|grope|groping|fingering|frigid)\\b", false, null);
        book.triggers("nudes nude naked blowjob blowjobs handjob handjobs cum cumming jizz horny shag shagging porn dildo orgasm clit boner erection tits titties boobs nipples penis vagina wanking sexting sext threesome anal bj milf dick cock rape raped raping grope groping fingering frigid");
        book.rule("sexual innuendo", Label.SEXUAL, 0.8, "\\b(?:send|snap|show|give)(?: (?:me|us))? (?:a |some )?(?:pic|pics"
                + "|photo|photos|selfie|vid|video)s?\\b[^.]{0,50}?(?:\\bsmirk\\b|\\bwink\\b|\\bdevil\\b|when (?:you're|your|you are)"
                + " alone|you know the one|in (?:your|a) (?:bikini|swimsuit|nightie|pyjamas|bath|bed)|what (?:you're|your"
                + "|you are) wearing (?:tonight|now|in bed|later))|\\b(?:begging|gagging|desperate) for it\\b|\\b(?:should"
                + " be|belongs?|get|gets|be) on (?:her|your|his|their) knees\\b|\\b(?:lips|mouth) (?:would )?(?:look )?"
                + "(?:better |good |nice )?(?:round|around|wrapped round|wrapped around) (?:something|my|it)\\b|\\b(?:bet"
                + "|imagine|picture) (?:you|u) (?:look|looking|looks) \\w+ (?:in the (?:shower|bath)|in bed|naked|in (?:your|a)"
                + " (?:bikini|underwear|lingerie|swimsuit))\\b|\\b(?:pic|photo|snap|video) of what (?:you're|your|you are)"
                + " missing\\b|\\bopen it when (?:you're|your|you are) alone\\b|\\bwear (?:them|it|those|that) for me\\b"
                + "|\\brate (?:your|her) (?:body|tits|boobs|arse|bum)\\b|\\b(?:destroy|smash|ruin|wreck|pound) (?:that|your"
                + "|her) (?:arse|ass|bum|pussy)\\b", false, null);
        book.triggers("pic pics photo photos selfie vid video begging gagging desperate knees lips mouth shower bath bed naked"
                + " bikini underwear lingerie swimsuit missing alone wear rate arse ass bum pussy");
        for (Proposition proposition : PROPOSITIONS) {
            book.rule("sexual proposition", Label.SEXUAL, 0.82, proposition.regex(), false, null);
            book.triggers(proposition.triggers());
        }
        book.rule("sexual remarks to a child", Label.SEXUAL, 0.85, "\\b(?:you're|your|you are) (?:only |just |nearly"
                + " |almost |now )?1[0-7]\\b", false, null);
        book.triggers("10 11 12 13 14 15 16 17");
        book.context("\\b(?:figure|body|curves|sexy|hot|fit|grown|mature|developed|legs|bum|boobs|tits|kiss|kissing"
                + "|date|girlfriend|boyfriend)\\b.{0,80}\\b(?:secret|don't tell|dont tell|between us|delete)|\\b(?:lovely"
                + "|nice|great|sexy|hot|fit) (?:figure|body|curves|legs)\\b");
        book.rule("sexual advance", Label.SEXUAL, 0.88, "\\bsuck (?:my|your|his|ma) (?:dick|cock|balls|tits|toes)?\\b"
                + "|\\bsit on my (?:face|lap|dick|cock)\\b|\\b(?:want to|going to|dying to|love to|like to|i'd|i"
                + " would|i'll|let me) (?:fuck|shag|bang|screw|sleep with|have sex with|finger|lick|touch|rape"
                + "|ride|eat) you\\b|\\bsend (?:me )?(?:some )?(?:nudes|nude)\\b|\\b(?:send|snap|show|give) (?:me|us) (?:a |some )?(?:pic"
                + "|pics|photo|photos|vid|video|vids|selfie|something|flash)s?(?: \\w+){0,4}? (?:naked|topless|nude|spicy"
                + "|no clothes|with nothing on|in (?:your|ur|the) (?:underwear|bra|knickers|bed|shower|bath)|with no"
                + " (?:clothes|top|bra|towel)|of (?:your|ur) (?:tits|boobs|nips|arse|ass|bum|body))\\b|\\bwhat are you wearing\\b|\\bshow me your"
                + " (?:tits|boobs|body|pussy|dick|cock|ass|arse|bum|knickers)\\b|\\bget your (?:tits|kit|clothes)"
                + " (?:out|off)\\b|\\bbend you over\\b|\\bin your (?:underwear|knickers|bra|panties)\\b"
                + "|\\bhave sex\\b|\\bsex with\\b|\\b(?:your|her|his|my) (?:pussy|cock|dick)\\b|\\bsexy\\b"
                + "|\\b(?:aubergine|peach|splash|tongue) (?:aubergine|peach|splash|tongue)\\b|\\b(?:wank|wanked"
                + "|jerked off|jerking off|touch(?:ing)? (?:yourself|urself|myself)|play(?:ing)? with (?:yourself|urself)"
                + "|rock hard|so hard for you|strip (?:you|for me|off for me)|lick (?:every inch of )?you|taste you"
                + "|bend (?:over|you over)(?! backwards)|bending you over|on your knees for me|spread (?:your|ur|them)"
                + " legs|legs open|in bed with (?:me|you)|fool around|mess around in bed|freak in bed|good in bed"
                + "|finish (?:all )?(?:over|on|in) you|quickie|take (?:it|them|that|everything) off for me|what(?:'s| is)"
                + " in my (?:boxers|pants|trousers|jeans)|what you(?:'re| are) wearing under|what (?:colour|color)"
                + " (?:knickers|bra|underwear|panties|pants)|(?:great|nice|lovely|massive|huge|big) (?:rack|arse|ass"
                + "|bum|cock|dick)|with nothing on|no clothes on|with no clothes|no towel|topless (?:pic|pics|photo"
                + "|selfie|snap)|(?:your|ur|her) nips|wrapped (?:round|around) (?:me|my (?:head|face|waist))|fuck you senseless"
                + "|meet up for sex|for sex|what(?:'s| is) under (?:that|your|ur|the) (?:dress|skirt|top|towel|hoodie"
                + "|shirt|jeans)|(?:thinking|think|dreaming|dream) (?:about|of) (?:your|ur) (?:arse|ass|tits|boobs|body|bum"
                + "|lips|dick|cock)|(?:my|your|ur) aubergine|spicy (?:pics|snaps|content|vids)|hook ?ups|feet pics|(?:i'd|id"
                + "|i would|would) (?:bang|shag)|(?:i'd|id|i would|would) smash(?: (?:100|tbh|ngl|her|him|you|u|deffo|defo"
                + "|no question))*(?= [.!?,]|$)|(?:are you|r u|ru) a virgin|take (?:ur|your) (?:top|bra|clothes"
                + "|knickers|pants|shirt|trousers|kit) off|for sucking|(?:kissing|licking) (?:down )?(?:your|ur) (?:neck"
                + "|body|thighs)|(?:got|getting|am|i'm|im) (?:so )?hard (?:looking|thinking|for you|over you))\\b|\\b(?:let's"
                + "|lets|wanna|want to|we can|we could) (?:fuck|shag|bang)\\b(?! (?:off|up|sake|it|this|that|all|knows"
                + "|me up|you up|them up|him up|her up))|\\b(?:and|to) (?:fuck|shag|bang) (?:tonight|later|now|all night"
                + "|in|at|round|properly|me)\\b|\\b(?:bet )?(?:you're|ur|you are) (?:so )?(?:wet|tight)\\b"
                + "|\\b(?:a )?(?:lil |little |quick )nude\\b", false, null);
        book.triggers("suck face lap fuck shag bang screw sleep finger lick touch rape ride eat nudes nude pics pic photos photo video vids selfie wearing tits boobs body pussy dick cock ass arse bum knickers kit clothes bend underwear bra panties sex sexy aubergine peach splash tongue wank wanked jerked jerking touching play playing rock hard strip taste bending knees spread legs bed fool mess freak finish quickie boxers pants trousers jeans colour color rack towel topless nips wrapped senseless wet flash snap dress skirt hoodie shirt lips spicy hookups hookup feet smash virgin cam sucking kissing licking hard tight nude");
    }
}

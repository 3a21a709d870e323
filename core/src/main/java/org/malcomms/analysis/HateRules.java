package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.List;

/** The rules for hostility on a protected characteristic: at a group, its members, its places, in code. */
final class HateRules {
    /** What hostile statements call a group ("X are vermin", "why are X so thick?"). */
    private static final String NEGATIVE = "(?:scum|vermin|rats|rodents|cockroaches|parasites|animals|savages"
            + "|savage|filth|filthy|trash|rubbish|garbage|disgusting|vile|evil|subhuman|sub-human|plague|disease"
            + "|cancer|virus|pathetic|worthless|dirty|inferior|lesser|freaks|perverts|paedos|pedos|paedophiles"
            + "|nonces|rapists|terrorists|criminals|thieves|thieving|liars|idiots|retards|mentally ill|sick"
            + "|abomination|abominations|not human|less than human|revolting|repulsive|gross|lazy|burden|a burden"
            + "|drain|useless|the worst|problem|threat|disgrace|dangerous|cunts|twats|pigs|dogs|apes|monkeys|beasts"
            + "|leeches|joke|stupid|thick|dumb|ugly|smelly|stink|enemy|invaders|a waste|waste of space|unnatural"
            + "|wrong in the head|deluded|violent|backwards|backward|primitive|barbaric|greedy|lowlifes|weirdos"
            + "|predators|aggressive|dodgy|pickpockets|beggars|scroungers|drunks|creepy|broken|inbred|degenerate"
            + "|degenerates|creatures|a swarm|swarm|locusts|a nightmare|not normal|attention-seeking|sluts"
            + "|tight|tight with money|mental|nutters|psychos|diseased|infested|barbarians|thugs|scammers|groomers"
            + "|a cult|inbreds|hicks|godless|devils|the devil|soulless|pets|circus freaks|a freakshow|freakshow"
            + "|a mental illness|narcissists|psychopaths|leeches|a different species|another species|unclean"
            + "|uncivilised|fanatics|extremists|jihadis|snakes|a nest of snakes|a stain|a menace|menace|born criminals"
            + "|less intelligent|drug dealers|disease carriers|attention whores|attention seekers|bottom feeders"
            + "|sheep|brutes|mutants|defective|a mistake|mistakes|an insult|a danger|traitors|users|zombies"
            + "|robots|bugmen|vegetables|loud|annoying|bitchy|child molesters|molesters|frauds|fakes|fake|murderers"
            + "|no morals|no souls|no soul|cheats|cheaters|man-haters|man haters|delusional|criminal|cowards|cowardly"
            + "|spineless|layabouts|slaves|brainwashed|dishonest|untrustworthy|nazis|a dead end|circus acts|brainless"
            + "|mindless|the dumbest|the stupidest|the laziest|the dirtiest|the ugliest|the fattest|the thickest"
            + "|dumbest|stupidest|laziest|dirtiest|wife beaters|wife-beaters)";
    /**
     * What a group "should be" or "deserves" in hostile talk of removing, confining, harming or killing its members:
     * "X should be deported", "they deserve every beating they get".
     */
    private static final String EXCLUDE = "(?:banned|deported|locked up|locked away|sent back|sent home|kicked out"
            + "|dumped (?:in|into) the sea|thrown (?:in|into) the sea|left to drown|shipped back|shipped out"
            + "|thrown out|removed|sterilised|sterilized|castrated|segregated|rounded up|put in camps|sent to camps"
            + "|put on planes|put on a plane|kept out|kept away|kept apart|kept off|hidden away|put away|put down"
            + "|culled|exterminated|wiped out|gassed|shot|hanged|hung|stoned|burned|burnt|executed|beaten|bullied"
            + "|drowned|lynched|go back|get out|leave|fuck off|piss off|not exist|not be allowed|disappear|die out"
            + "|die|be gone|burn in hell|rot|only be allowed|never be allowed|get a beating|get a kicking"
            + "|every beating|a beating|a kicking|a slap|a good slap|jailed|imprisoned|fired|sacked|barred|aborted"
            + "|kept in separate \\w+|put in separate \\w+|separated|starved|institutionalised|sectioned"
            + "|lose (?:custody|their kids|their children|their rights|their jobs|the vote)|stripped of \\w+"
            + "|spat on|kept at home|kept indoors|kept inside|monitored|registered|tagged|under surveillance"
            + "|microchipped|made to (?:carry|wear) \\w+"
            + "|forced to wear \\w+|carry (?:an? )?id cards?)";

    /** {@link #NEGATIVE} with a singular beside each plural ("a freak", "a parasite"), for one member of a group. */
    private static String negativeOne() {
        List<String> words = new ArrayList<>();
        for (String w : NEGATIVE.substring(3, NEGATIVE.length() - 1).split("\\|")) {
            words.add(w);
            if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.contains(" ")) {
                words.add(w.endsWith("ves") ? w.substring(0, w.length() - 3) + "f"
                        : w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1));
            }
        }
        return "(?:" + String.join("|", words) + ")";
    }

    /** What a way of being is called in hostile talk of it: "being gay is a sin", "transgenderism is a contagion". */
    private static final String SAID_TO_BE = "(?:just |a |an |nothing but |basically |clearly |obviously )*(?:sin"
            + "|sinful"
            + "|disease|mental illness|mental disorder|disorder|perversion|abomination|contagion|social contagion"
            + "|unnatural|disgusting|fad|fetish|sickness|illness|evil|degenerate)\\b";

    /** Well-known coded hate: a characteristic, what reads it, and the words without which it cannot match. */
    private record CodedHate(ProtectedCharacteristic characteristic, String regex, String triggers) {
    }

    private static final List<CodedHate> CODED_HATE = List.of(
            new CodedHate(ProtectedCharacteristic.RACE, "(?=13 )(?<!got |scored |get |only |just |a |of |was |is )"
                    + "\\b13 (?:50|52)\\b(?! (?:on|in|for|marks|points|mark|score))|(?<!(?:order|number|no|ref|room"
                    + "|flight|bus|code|pin|account|ticket|item|"
                    + "table|page|house|call) )\\b(?:14 88|1488)\\b|\\bwhite genocide\\b|\\bgreat replacement\\b"
                    + "|\\brapefugees?\\b|\\bsecure the existence of our people\\b|\\ba future for white children\\b"
                    + "|\\bdindu(?: nuffin)?\\b|\\bmud sharks?\\b|\\bremigration\\b|\\bdespite (?:making up|being)"
                    + " (?:only |just )?13\\b|\\bfighting age (?:invaders|males)\\b",
                    "13 14 1488 genocide replacement rapefugee rapefugees existence white dindu mud remigration despite"
                    + " fighting"),
            new CodedHate(ProtectedCharacteristic.TRANSGENDER, "\\b(?:join|go for|become|make it to|be part of"
                    + "|be one of"
                    + "|add to|boost) the 41\\b|\\b(?:just|only|still|always|you're|you are|he's|she's|he is|she is"
                    + "|you'll always be|you will always be) (?:just |only |still |always )?a (?:bloke|man|geezer|fella"
                    + "|lad) in"
                    + " a (?:dress|wig|skirt|frock)\\b|\\ba (?:man|bloke|geezer|fella) in a (?:dress|wig|skirt"
                    + "|frock) is"
                    + " (?:still|just|always) a (?:man|bloke|geezer|fella)\\b|\\bare (?:just |only |still |really "
                    + "|all )?(?:men"
                    + "|blokes|geezers) in (?:dresses|wigs|skirts"
                    + "|frocks)\\b", "41 bloke man geezer fella lad men blokes"
                    + " geezers"),
            new CodedHate(ProtectedCharacteristic.TRANSGENDER, "\\b(?:you'll|you will|he'll|he will|they'll|they will)"
                    + " never be a (?:real |proper )?(?:woman|girl|lady)\\b|\\bnot a (?:real|proper) (?:woman|girl"
                    + "|lady)\\b"
                    + "[^.]{0,12}\\bnever will be\\b", "never + woman girl lady"),
            new CodedHate(ProtectedCharacteristic.RELIGION, "\\b(?:towel|rag|dot) heads?\\b(?![^.]{0,30}\\bmop\\b)"
                    + "|\\b(?:your|their|his|her)"
                    + " (?:religion|faith|god|prophet|holy book) (?:is|are) (?:a |an |just a |nothing but a )?(?:cancer"
                    + "|disease"
                    + "|plague|poison|virus|cult|death cult|filth"
                    + "|evil)\\b", "towel rag dot religion faith god prophet holy"),
            new CodedHate(ProtectedCharacteristic.TRANSGENDER, "\\b(?:no such thing as|there's no such thing as)"
                    + " (?:a )?(?:non ?binary|nonbinary|enby|trans (?:women|men|kids|people|woman|man|child|kid)"
                    + "|transgender (?:people|kids|children)?)\\b", "such"),
            new CodedHate(ProtectedCharacteristic.RELIGION, "\\bno such thing as (?:a )?(?:moderate|good|peaceful"
                    + "|decent"
                    + "|nice|normal|innocent) (?:muslim|jew|sikh|hindu)s?\\b", "such"),
            new CodedHate(ProtectedCharacteristic.RACE, "\\bno such thing as (?:a )?(?:black|asian|muslim"
                    + "|brown) (?:british"
                    + "|english|brit|person born here)\\b", "such"),
            new CodedHate(ProtectedCharacteristic.RACE, "\\bcurry munchers?\\b|\\bslant(?:y)? eyes?\\b"
                    + "|\\bslitty eyes?\\b"
                    + "|\\bching chong\\b|\\bsand (?:monkeys?|niggers?|niggas?)\\b|\\bjungle (?:monkeys?|bunnies)\\b"
                    + "|\\bcamel"
                    + " (?:jockeys?|jockies)\\b(?![^.]{0,40}\\brac(?:e|es"
                    + "|ing)\\b)", "curry slant slanty slitty ching sand jungle camel"),
            new CodedHate(ProtectedCharacteristic.SEXUAL_ORIENTATION, "\\b(?:carpet|rug) munchers?\\b|\\bbum boys?\\b"
                    + "|\\bfudge packers?\\b|\\bshirt lifters?\\b", "carpet rug bum fudge shirt"),
            new CodedHate(ProtectedCharacteristic.RACE, "\\b(?:chinese|china|wuhan) (?:virus|flu|plague)\\b"
                    + "|\\bkung flu\\b"
                    + "|\\bhalf (?:breed|breeds)\\b"
                    + "|\\bhalfbreeds?\\b", "chinese china wuhan kung half halfbreed halfbreeds"),
            new CodedHate(ProtectedCharacteristic.SEXUAL_ORIENTATION, "\\bbatty (?:man|men|boy|boys|bwoy)\\b|\\b(?:get"
                    + "|go|stay|crawl|run) back (?:in|into) (?:the|your) closet\\b|\\b(?:oi|hey) gay (?:boy|lad)\\b",
                    "batty closet gay"),
            new CodedHate(ProtectedCharacteristic.SEXUAL_ORIENTATION, "\\balphabet (?:mafia|people|cult|gang|brigade"
                    + "|lot)\\b", "alphabet"),
            new CodedHate(ProtectedCharacteristic.RELIGION, "\\b(?:the|by|of|against|a|our) zog\\b|\\bzog"
                    + " (?:controls?|runs?|owns?|government|puppets?|agents?)\\b|\\b(?:the )?goyim know\\b"
                    + "|\\blondonistan\\b"
                    + "|\\breligion of peace (?:strikes|at it|does it)\\b|\\bhitler (?:had|was) (?:the )?right\\b"
                    + "|\\bhitler did"
                    + " nothing wrong\\b|\\bhappy"
                    + " merchants?\\b|\\bearly life section\\b|\\b\\d+ gorillion\\b|\\(\\(\\( (?:they|them|he|she|him"
                    + "|her|who|their"
                    + "|(?:the )?(?:media|banks|hollywood|names|elites?|money|press)|[a-z]+(?:ists|ers|ites|ians|ans"
                    + "|ors)) \\)\\)\\)",
                    "zog goyim merchant merchants early gorillion ((( londonistan peace hitler"),
            new CodedHate(ProtectedCharacteristic.RELIGION, "\\b(?:the )?holocaust (?:was|is) (?:(?:massively |hugely"
                    + " |wildly )?(?:exaggerated|overblown)|(?:a |just a )?(?:lie|hoax|myth|scam)|fake|made up"
                    + "|fiction)\\b"
                    + "|\\b(?:the )?holocaust (?:never happened|didn't happen|did not happen)\\b|\\bholohoax\\b|\\b(?:6"
                    + "|six)"
                    + " million (?:is|was) (?:a lie|exaggerated|a myth|made up)\\b", "holocaust holohoax million"),
            new CodedHate(ProtectedCharacteristic.RACE, "\\b(?:some|certain|other|the other|non-white|non white) races"
                    + " (?:just |all |naturally |genetically )?(?:have|has|are) (?:a )?(?:lower|low|smaller|lesser"
                    + "|inferior)\\b", "races"),
            new CodedHate(ProtectedCharacteristic.SEXUAL_ORIENTATION, "\\bconversion therapy (?:works|should be"
                    + " (?:mandatory|compulsory|legal|allowed|brought back))\\b|\\b(?:need|needs|should get|should have"
                    + "|should"
                    + " be sent to|sent to) conversion therapy\\b|\\baids (?:was|is) (?:nature's|god's) (?:way"
                    + "|punishment"
                    + "|judgement|judgment|revenge)\\b|\\btwo (?:men|women|guys|girls|blokes|lads) kissing (?:is|are)"
                    + " (?:\\w+ )?(?:disgusting|unnatural|gross|wrong|vile|sick|revolting)\\b|\\b(?:lesbians|she"
                    + "|you)(?: are just"
                    + " women who| just)? (?:haven't|havent|have not|hasn't|hasnt) met the right (?:man|guy|bloke"
                    + "|fella)\\b|\\b(?:being (?:gay"
                    + "|a lesbian|lesbian|bi|bisexual|queer)|homosexuality|lesbianism) (?:is|was) " + SAID_TO_BE,
                    "conversion aids kissing met being homosexuality lesbianism"),
            new CodedHate(ProtectedCharacteristic.TRANSGENDER, "\\b(?:being (?:trans|transgender|non ?binary)"
                    + "|transgenderism|transsexualism|gender ideology|trans ideology) (?:is|was) " + SAID_TO_BE, "being"
                    + " transgenderism transsexualism ideology"));

    /**
     * A whole group, by pronoun, called less than human or all criminals ("subhuman the lot of them", "every single
     * one of them is a terrorist"): hate in a message that names the group.
     */
    private static final String DEHUMANISED = "(?:(?:subhuman|vermin|scum|animals|savages|parasites|filth|rats"
            + "|cockroaches|trash),? (?:the lot of them|all of them|every (?:last |single )?one of them|the lot)\\b"
            + "|(?:every (?:last |single )?one|all|each one|the lot) of them (?:is|are) (?:a |an )?(?:terrorists?"
            + "|rapists?|criminals?|paedos?|groomers?|nonces?|scroungers?|thieves|thief|parasites?|vermin|scum"
            + "|animals?)"
            + "(?: in waiting)?\\b)";

    private HateRules() {
    }

    static void addTo(RuleBook book) {
        String singular = GroupNames.MEMBER;
        String ident = GroupNames.NAMED;
        book.hate("harm wished on a group", 0.85, "\\b(?:hope|wish|pray) (?:that )?(?:all |all the |those |these |the"
                + " |every (?:single |last )?)?(?:" + ident + "|" + singular + ")(?: [a-z']+){0,5}? (?:die|dies|die out"
                + "|(?:get|gets|are|will be) (?:raped|cancer|killed|run over|shot|aids|stabbed|gassed|hurt|beaten"
                + "|bombed|burned|burnt|wiped out))\\b");
        book.triggers("hope wish pray + IDENT");
        book.hate("only good one dead", 0.9, "\\bthe only good (?:" + ident + "|" + singular + ") (?:is|are) (?:a "
                + "|the )?dead"
                + " (?:one|ones|" + ident + "|" + singular + ")\\b");
        book.triggers("good + dead + IDENT");
        String so = "(?:all |just |nothing but |literally |such |so |the |a bunch of |fucking |bloody |complete"
                + " |total |absolute |basically |like |a |an |always |really |genuinely |properly |more like "
                + "|a nation of"
                + " |a race of |a pack of |a herd of |a load of |naturally |genetically |inherently |biologically |no"
                + " better than |too |absolutely |completely |totally |utterly |truly |every bit as )*";
        String adjectives = "(?:(?!(?:not|never|no|hardly|rarely|less|often|mostly|also|victims|afraid|scared"
                + "|targets?|of|by|from|to|with|than|for|like|as|at|in|on|and|or|but|being|unfairly|wrongly|falsely"
                + "|targeted|attacked|abused|oppressed|persecuted|discriminated|mistreated|hated|misunderstood"
                + "|marginali[sz]ed"
                + "|scapegoated|demoni[sz]ed|dehumani[sz]ed|treated|called|labell?ed|portrayed|seen|painted|branded"
                + "|described"
                + "|accused|blamed|stereotyped|considered|viewed|regarded|deemed|thought|believed|assumed)\\b)"
                + "(?!(?!lying|thieving|cheating|scrounging|stinking|scheming"
                + "|whining)[a-z]+ing\\b)[a-z]+ (?:, )?){0,2}";
        String member = "(?:every|any|each|the average|your average|typical) (?:\\w+ )?" + singular
                + "(?: (?:person|man|woman|guy|bloke|lad|girl|kid|child|refugee|migrant|immigrant))?"
                + "|anyone with (?:autism|adhd|down syndrome|downs|tourettes|schizophrenia|bipolar|a disability)";
        book.hate("identity hostility", 0.88, "(?=[qj])(?<!\\b(?:against|for|towards|to|of|with|on|by|about"
                + "|from) (?:[a-z]{1,12} )?)\\b(?:"
                + ident + ") (?:are|is|were|r|are all|=|will always be|are basically|are simply) " + so + adjectives
                + "(?:[a-z]+ and )?" + NEGATIVE + "\\b|\\b(?:" + member + ")(?: (?:i|i've|i have) (?:ever )?(?:met|know"
                + "|knew"
                + "|worked with|seen|dealt with))? (?:is|was"
                + "|=) " + so + adjectives + "(?:a |an )?" + negativeOne() + "\\b|\\b" + singular + " = " + so
                + adjectives + "(?:a |an )?" + negativeOne() + "\\b|\\b(?:"
                + ident + ") (?:are|is) (?:(?:only|just) good (?:for|as)|good (?:for (?:one|two|three|nothing"
                + "|one thing)"
                + "|as)|born to be)\\b|\\b(?:" + ident + ") (?:have|has|have got|got) no (?:morals|souls?|culture"
                + "|brains?"
                + "|shame|loyalty|manners|honou?r|values)\\b|\\b(?:" + ident + ") (?:always |all )?(?:play|plays"
                + "|playing) the"
                + " (?:victim|race card|religion card|gay card|trans card|disability card)\\b"
                + "|\\b(?:" + ident + ") (?:all"
                + " |always |just |only |come here and |come over here and )?(?:steal|cheat|rob|scam|rape|scrounge"
                + "|sponge"
                + "|leech|lie(?! (?:down|in|on|back"
                + "|low|there|here|ahead|flat|still|awake)\\b))\\b|\\b(?:" + ident + ") (?:(?:in|at|on|round|near"
                + "|from) (?:my|our"
                + "|the|this|that) \\w+ )?(?:all |always |just |really )?(?:smell|stink|reek)s? (?:like|of)\\b|\\b(?:"
                + ident + ") (?:just |all |naturally |genetically )?(?:have|has)"
                + " (?:a )?(?:lower|low|smaller|lesser) (?:iq|iqs|intelligence|brains?)\\b|\\b(?:whole|entire) (?:race"
                + "|country|nation|religion|culture|community) (?:of |is )" + so
                + adjectives + NEGATIVE + "\\b|\\b(?:" + ident
                + ") (?:control|run|own|secretly run|secretly control) (?:the |our |all the |all )?(?:banks|media"
                + "|world|government|money|country|hollywood)\\b|\\b(?:" + ident + ") (?:are|is) (?:behind"
                + "|responsible for)"
                + " (?:every|all|all the|most|most of the) (?:wars?|crimes?|problems?|attacks?|crises|pandemics?)\\b"
                + "|\\b(?:"
                + ident + ") (?:bring|brings|spread|spreads) (?:nothing but |only |with them )?(?:crime|disease"
                + "|diseases"
                + "|drugs|violence|trouble|filth|chaos|terror|rape)\\b|\\b(?:" + ident + ") (?:ruin|ruins|ruined"
                + "|are ruining|destroy|destroys|destroyed|are destroying|will destroy|will ruin|infest|infested"
                + "|are infesting|invade|invaded|are invading)\\b|\\b(?:" + ident + ") (?:are|is) (?:never"
                + "|not) (?:any good|to be trusted|welcome"
                + "|wanted)\\b|\\bwhy (?:are|r|is) (?:all )?(?:" + ident + ") " + so + NEGATIVE + "\\b"
                + "|\\bwhy (?:do|are|does) (?:all )?(?:" + ident + ") (?:always|all) (?:have to |end up |get to "
                + "|get so )?(?:blow"
                + "|run|running|cause|commit|play the|shove|look like|act like|behave like|complain|cry|whine|moan"
                + "|expect|take"
                + "|violent|angry|aggressive|breed|scrounge|riot)\\b"
                + "|\\bwhy do (?:all )?(?:" + ident + ") (?:always |all )?(?:smell|stink|breed like|lie|steal"
                + "|(?:have to be"
                + "|act|behave) (?:so |like )?" + adjectives + NEGATIVE + ")\\b"
                + "|\\b(?:" + ident + ") (?:aren't|are not|isn't|is not) (?:even )?(?:proper |real |fully )?"
                + "(?:human|humans|people|women|men|children)\\b|\\b(?:" + ident + ") (?:are|will|will ever|can"
                + "|could) never"
                + " (?:be )?(?:any good|smart enough|good enough|clever enough|capable|worth (?:anything|respecting|it"
                + "|the"
                + " air)|equal|real (?:people|humans)|trusted|civilised|civilized|normal|welcome|wanted)\\b"
                + "|\\b(?:" + ident
                + ") (?:are|is) (?:not|never) worth (?:the air they breathe|anything|shit|a thing|saving|the effort"
                + "|feeding"
                + "|keeping alive|the oxygen)\\b");
        book.triggers("IDENT anyone");
        // the same hostility where the group is named inside a frame: "not one X is", "I'd rather live with rats than X"
        book.hate("hostility framed around a group", 0.88, "\\b(?:every (?:single |last )?one|each one|all|each) of"
                + " (?:those|these|the) (?:" + ident + ") (?:is|are|was|were) " + so + adjectives + "(?:a |an )?"
                + negativeOne() + "\\b|\\b(?:not one|not a single|no) " + singular + " (?:is|was|will ever be"
                + "|has ever been)"
                + " (?:smart|clever|good|honest|decent|worth|capable|trustworthy)\\b|\\b(?:what's|what is"
                + "|whats) (?:even )?the"
                + " point (?:of|in) (?:" + ident + ") (?:existing|living|being alive|even existing|being born)\\b"
                + "|\\b(?:i|we)"
                + " (?:don't|do not|will never|won't|can't|cannot|never) (?:respect|trust|tolerate|accept) (?:any "
                + "|those |these"
                + " |the )?(?:" + ident + ")\\b|\\b(?:can't|cannot|can never|should never|shouldn't|never) trust (?:a"
                + "|an|any"
                + "|one) (?:\\w+ )?" + singular + "\\b|\\b(?:rather|sooner) (?:[a-z']+ ){0,5}?(?:rats|pigs|dogs|vermin"
                + "|cockroaches"
                + "|animals|a rat|a pig|a dog|snakes) than (?:with |have |live with )?(?:" + ident + ")\\b|\\b(?:crime"
                + "|trouble"
                + "|violence|rape|disease) (?:always )?(?:goes up|rises|follows|increases|shoots up|comes) (?:wherever"
                + "|whenever|when|once"
                + "|as soon as) (?:" + ident + ")\\b|\\bput (?:" + ident + ") in charge (?:of [a-z]+ )?and"
                + " (?:watch|see) (?:it|everything|them) (?:fall apart|collapse|burn|fail|go to shit)\\b"
                + "|\\bnever (?:met|known"
                + "|seen) (?:a|an|any|one) (?:" + ident + "|" + singular + ") (?:who|that) (?:was|were|is|are) (?:worth"
                + "|any good"
                + "|decent|honest|smart|clever|trustworthy|normal|civilised|clean)\\b|\\b(?:(?:the world|this country"
                + "|the"
                + " country|society|britain|england|the uk|everyone|we|this town|our town|the planet) (?:would|will"
                + "|'d) be"
                + "|(?:wouldn't|would|won't|will) (?:the world|this country|the country|society|britain|everyone|we|the"
                + " planet) be) (?:a |so |much |far |a lot )?(?:better|safer|nicer|happier|cleaner)(?: off"
                + "| place)? without"
                + " (?:all |the |any |those |these )?(?:" + ident + ")\\b|\\b(?:i'd|i would|i will|i'll|we'd"
                + "|we would) never"
                + " let (?:a |an |any"
                + " |one of those |those "
                + "|these )?(?:\\w+ )?(?:" + ident + "|" + singular + ")(?: \\w+)? (?:anywhere )?near my"
                + " (?:kids|children|family|daughter|son|daughters|sons|grandchildren|house|home)\\b|\\b(?:goes|go|went"
                + "|gone"
                + "|going) downhill (?:once|when|as soon as|since|after"
                + "|the moment) (?:the )?(?:" + ident + ")(?: \\w+)?"
                + " (?:move|moved|moves|arrive|arrived|come|came|turn up|turned up|take over|took over)\\b|\\b(?:was"
                + "|were"
                + "|used to be) (?:much |so |far |a lot |way )?better (?:before|when there were no|until) (?:the )?(?:"
                + ident + ")\\b|\\btoo many (?:bloody |fucking |of these |of those |of the )?(?:" + ident + ") (?:here"
                + "|round"
                + " here|around here|in this country|in this town|in britain|in england|these days|everywhere|on our"
                + " streets|coming in|coming over)\\b|\\b(?:seeing|looking at|hearing|being near|being around"
                + "|the sight of)"
                + " (?:\\w+ )?(?:" + ident + ")(?: [a-z']+){0,4}? (?:makes|make) me (?:sick|want to (?:puke|vomit"
                + "|throw up|be"
                + " sick)|feel sick|gag)\\b");
        book.triggers("IDENT + one each all single point respect trust tolerate accept rather sooner crime trouble"
                + " violence rape disease charge met known seen world country society britain england uk everyone planet"
                + " town let downhill better many seeing looking hearing being sight");
        book.hate("insult naming a group", 0.88, "\\b(?:" + singular + "|" + ident + ")(?: [a-z]+)? (?:scum|scumbags?"
                + "|cunts?|bastards?|vermin|rats?|filth|pigs?|parasites?|cockroach(?:es)?|animals?|savages?"
                + "|bitch(?:es)?"
                + "|twats?|pricks?|whores?|slags?|scroungers?|trash|dogs?|freaks?|nonces?|paedos?|terrorists?|inbreds?"
                + "|monkeys?|apes?)\\b(?! (?:of|in|at|on|for|from|with)\\b)");
        book.triggers("IDENT + scum scumbag scumbags cunt cunts bastard bastards vermin rat rats filth pig pigs parasite"
                + " parasites cockroach cockroaches animal animals savage savages bitch bitches twat twats prick pricks"
                + " whore whores slag slags scrounger scroungers trash dog dogs freak freaks nonce nonces paedo paedos"
                + " terrorist terrorists inbred inbreds monkey monkeys ape apes");
        book.hate("disgust at a group", 0.86, "\\b(?:" + ident + ")(?:,)? (?:disgust|sicken|repulse|revolt|irritate"
                + "|infuriate|nauseate) (?:the (?:hell|shit|fuck|life) out of )?(?:me|us)\\b"
                + "|\\b(?:" + ident + ") (?:make|makes) (?:me|my skin|my stomach)"
                + " (?:sick|crawl|turn|feel (?:physically )?sick|want to (?:puke|vomit|throw up))\\b|\\b(?:"
                + ident + ") (?:genuinely |really |honestly |proper )?(?:get|gets|do|does) (?:on my nerves|my head"
                + " in)\\b|\\bcan'?t (?:stand|bear|stomach) (?:being (?:anywhere )?near |the sight of )?(?:all |the"
                + " |those |these )*(?:" + ident + ")\\b|\\bnothing (?:on (?:this )?earth |in (?:this"
                + "|the) world )?(?:winds me up|annoys me|disgusts me|sickens me"
                + "|repulses me|fills me with (?:more |as much )?(?:disgust|hatred|hate|rage|contempt|loathing))"
                + " (?:(?:more|as much) )?(?:than|as) (?:" + ident + ")\\b");
        book.triggers("IDENT");
        book.hate("hostility by pronoun", 0.84, "\\b(?:" + ident + ")\\b.{0,160}?\\b(?:(?:i|we) (?:really |honestly"
                + " |just |fucking |absolutely |genuinely )?(?:hate|despise|loathe|detest|can't stand|want)"
                + " (?:them|every one of them|every single one of them|all of them|the lot of them|them all)(?! to)\\b"
                + "|(?:they|they're"
                + "|they are|they all) (?:disgust|sicken|repulse) (?:me|us)\\b|(?:they|they all) (?:make|makes) me"
                + " (?:sick|want to (?:puke|vomit|throw up))\\b|(?:they're|they are) (?:all |just |nothing but"
                + " |scum |the lot of them )?" + so + NEGATIVE + "\\b|(?:they|they all) (?:stink|smell|breed like)\\b"
                + "|can't (?:stand|bear|stomach)"
                + " (?:the sight of )?(?:them|any of them|the lot of them)\\b"
                + "|(?:they|they all|they'll all) (?:should|must|need to|deserve to|deserve"
                + "|should all) (?:all )?(?:be )?"
                + EXCLUDE + "\\b|\\b(?:send|kick|ship|throw|deport|boot) (?:them|em|the lot|the lot of them|every"
                + " (?:last |single )?one)(?: all)?(?: back| out| home)?\\b|\\b(?:lock|round) (?:them"
                + "|em) (?:all )?up\\b"
                + "|\\bkeep (?:them|em) (?:all )?(?:out|away|off)\\b|\\bget rid of (?:them|em)\\b|" + DEHUMANISED
                + "|\\b(?:both|all|each|every one) of them (?:are|is|were|was) " + so + NEGATIVE + "\\b"
                + "|\\b(?:they|they all) deserve nothing\\b(?! (?:less|short|more)\\b)"
                + "|\\b(?:they|they all) (?:deserve|deserves|get) (?:nothing but|only) (?:contempt|hatred|hate|scorn"
                + "|pain"
                + "|suffering|misery|abuse)\\b|\\b(?:they|they all|they should all|they should) (?:belong|be) in (?:a "
                + "|the )?"
                + "(?:cage|cages|zoo|jail|camps?|gas chambers?|asylums?|the ground|the gutter|the bin|the sewer)\\b"
                + "|\\b(?:i|we) (?:hope|wish) (?:that )?(?:they|all of them|every one of them) (?:would |will "
                + "|all )*(?:just )?"
                + "(?:die|drop dead|rot|burn|disappear|get (?:cancer|aids|killed|shot))\\b"
                + "|\\b(?:sterilise|sterilize|exterminate|cull|gas|castrate) (?:them|em|the lot of them|all of them"
                + "|the whole lot of them)\\b|\\block (?:them|em) (?:all )?(?:away|in)\\b|\\b(?:never|don't|dont|do not"
                + "|wouldn't|would never|won't) (?:rent to|hire|employ|trust) (?:them|one|any of them"
                + "|one of them)\\b(?!"
                + " again)|\\b(?:they|they all|these people|their kind) (?:shouldn't|should not|should never|shouldnt"
                + "|mustn't|must not) (?:ever )?(?:be allowed|be let|be trusted|be teachers|be parents|be in charge"
                + "|have (?:any )?(?:kids|children|rights|the vote)|vote|marry|adopt|exist|raise (?:kids|children))\\b"
                + "|\\b(?:violence|crime|criminality|stealing|thieving|lying|terrorism|hatred|it's|its|it is|it) (?:is "
                + "|runs )?in"
                + " their (?:blood|genes|dna|nature)\\b|\\b(?:we|i)"
                + " (?:don't|do not|dont) want (?:them|any of them|their kind|your kind|you lot|these people) (?:here"
                + "|in"
                + " (?:this|our|my) (?:country|town|street|area|school|club))\\b)"
                + "|\\b" + DEHUMANISED + ".{0,160}?\\b(?:" + ident + ")\\b");
        book.triggers("IDENT + them em they they're they'll lot one people kind");
        book.hate("identity exclusion", 0.85, "\\b(?:" + ident + "|" + member + ")(?: like (?:you|u|him|her|them"
                + "|that))?"
                + " (?:should|must|need to|ought to|deserve to"
                + "|deserve|should all|all need to|should get|should have been|should just)"
                + " (?:all )?(?:be )?(?:\\w+ )?" + EXCLUDE + "\\b|\\b(?:" + ident + ") out\\b(?! (?:of|there|and|in"
                + "|with|for|to|on|loud|here|at|now|tonight)\\b)|\\bkeep (?:the |those |these |all )?(?:" + ident
                + ") (?:out|away|off)\\b|\\b(?:" + ident + ") (?:breed|multiply|spread|swarm) like\\b|\\b(?:"
                + ident + ") (?:are|is) (?:taking over|invading|infesting|overrunning|outbreeding|replacing us)\\b"
                + "|\\b(?:" + ident + ") (?:shouldn't|should not|mustn't"
                + "|must not|should never|shouldnt) (?:be )?(?:allowed|let|trusted|given|able|exist|have)\\b"
                + "|\\bno (?:" + ident + ") (?:should|must|will) (?:ever )?be (?:allowed|let)\\b"
                + "|\\b(?:" + ident + ") (?:don't|do not|dont) belong\\b|(?=q)(?<!\\b(?:threatening|attacking|abusing"
                + "|targeting|harassing|against|about|hating|mocking) )\\b(?:" + ident + ") (?:have|has) no place\\b"
                + "|\\b(?:" + ident + ") (?:make|makes) me (?:sick|want to vomit|want to puke)\\b|\\b(?:"
                + ident + ") (?:can't|cannot) be trusted\\b|\\b(?:" + ident + ") (?:ruin|ruined|are ruining"
                + "|destroy|are destroying) (?:everything|this country|the country|britain|england)\\b|\\b(?:"
                + ident + ") (?:belong in|should be in) (?:a |the )?(?:zoo|cages?|jail|camps?|gas chambers?|asylums?"
                + "|institutions?|hell|the ground|the gutter|bin"
                + "|sewer)\\b|\\b(?:" + ident + ") can (?:all )?(?:(?:fuck|piss|sod) (?:right )?off|go to hell|rot"
                + "|die)\\b|\\b(?:" + ident + "|" + member + "|" + singular + " (?:boy|lad|man|girl|woman|kid))\\b"
                + "[^.]{0,40}\\b(?:don't|dont|do not|never) (?:come|step|go) (?:in|into|near|round) (?:our|my"
                + "|this) (?:changing rooms?|toilets?|street|road|estate|school|church|pub"
                + "|area|town|village|club|team)\\b");
        book.triggers("IDENT anyone");
        book.hate("hatred of a group", 0.88, "\\b(?:i|we|everyone|honestly i|i just|i really|i fucking|i absolutely"
                + "|i genuinely|i honestly|i truly|i proper) (?:hate|despise|loathe|detest|can't stand|am sick of"
                + "|am fed up with|am disgusted by|'m sick of) (?:all |the |those |these |every |fucking |bloody )*(?:"
                + ident + ")\\b|\\b(?:no more|get rid of|ban|deport|kick out|send back|never trust|fuck|fuck all"
                + "|fuck the) (?:all |the |those |these |every |every last |each )?(?:" + ident + ")\\b|\\b(?:deport"
                + "|ban"
                + "|kick out|send back|get rid of) (?:every|each|any) (?:last |single )?" + singular + "\\b"
                + "|\\bsend (?:them|em|the lot|the lot of them) (?:all )?back\\b.{0,60}?\\b(?:" + ident + "|" + singular
                + ")\\b|\\b(?:filthy|dirty|fucking|bloody|stupid|disgusting|vile|typical|thieving|smelly"
                + "|lazy|scummy) (?:" + ident + ")\\b|\\b(?:filthy|dirty|fucking|bloody|disgusting|vile|thieving|smelly"
                + "|scummy|typical) " + singular + "\\b(?! (?:people|family|families|friends?|community|food|restaurant"
                + "|shop)\\b)|\\byou (?:fucking |dirty |filthy |stupid |bloody |little"
                + " |disgusting |smelly )+" + singular + "\\b");
        book.triggers("IDENT");
        String homeland = "(?:africa|asia|poland|romania|pakistan|india|bangladesh|china|jamaica|nigeria|somalia|syria"
                + "|iraq|iran|afghanistan|albania|turkey|mexico|where you belong)";
        book.rule("go back", Label.HATE, 0.85, ProtectedCharacteristic.RACE, "\\b(?:fuck off|piss off|sod off|get|send"
                + " (?:them|em|him|her|the lot)(?: all)?) back to " + homeland + "\\b|(?:(?<=[.!?,;] )|^|^(?:monkey"
                + "|gorilla|ape|pig)"
                + " |\\bjust |\\b(?:they|you"
                + "|u|yous) (?:should |need to |can )?(?:all |just )?)go back to " + homeland + "\\b|\\bgo back to "
                + homeland + ",? (?:you|ya|u)\\b|\\bgo back to (?:your|where you|where ya|the|ur) (?:own )?(?:country"
                + "|came from|jungle|desert|cave|tribe)\\b|\\bstay (?:in|in your|in ur) own country\\b"
                + "|\\b(?:your|ur) lot\\b[^.]{0,30}\\b(?:(?:let )?off the boats?|back on the boats?|dinghies)\\b"
                + "|\\bgo back home\\b[^.]{0,20}\\b(?:immigrant|foreign"
                + "|paki|refugee)");
        book.triggers("back country boat boats dinghies");
        for (CodedHate code : CODED_HATE) {
            book.rule("coded hate", Label.HATE, 0.8, code.characteristic(), code.regex());
            book.triggers(code.triggers());
        }
        book.rule("monkey taunts", Label.HATE, 0.8, ProtectedCharacteristic.RACE, "\\b(?:monkey|gorilla"
                + "|banana)(?: (?:monkey|gorilla|banana)){2,}\\b"
                + "|\\b(?:you|your) (?:a |an |fucking |dirty |filthy )*(?:monkey|gorilla|ape) (?:monkey|gorilla"
                + "|banana)\\b");
        book.triggers("monkey gorilla banana ape");

    }
}

package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explainable rules: phrase patterns for what the training data lacks (threats, sexual content,
 * encouraging self-harm, hostility towards protected groups, exposure threats), matched on the normalised text,
 * and the contexts that excuse a match: negation, quoting or reporting abuse, and counter-speech.
 */
public final class PhraseRules {
    /** A rule that fired: its label, probability, the characteristic it concerns (or null), and where. */
    public record Hit(Label label, double p, ProtectedCharacteristic characteristic, int from, int to, String rule) {
    }

    /**
     * What the rules found in one message, and the regions that report or counter abuse when they had to be worked
     * out on the way (null otherwise), so {@link #harmlessRegions} need not work them out again.
     */
    public record Hits(List<Hit> list, List<int[]> excused) {
    }

    /**
     * A phrase rule; it is tried only on texts holding one of its trigger words (the check that keeps it fast). A
     * {@code grouped} one reads the text with group names marked ({@link GroupNames#marked}).
     */
    private record Rule(String name, Label label, double p, Pattern pattern, boolean negatable,
                        ProtectedCharacteristic fixed, List<Set<String>> triggers, boolean grouped, Label also) {
    }


    private static final String YOU = "(?:you|your|yourself|you're|you've|you'll|y'all|@user)";
    /** Words for people after "the", "that", "every"...: "the next one", "that bloke", "every last one". */
    private static final String PERSON_NOUN = "(?:one|ones|bloke|blokes|guy|guys|lad|lads|man|men|woman|women|girl"
            + "|girls|boy|boys|kid|kids|child|children|ref|referee|teacher|driver|warden|neighbour|neighbours|landlord"
            + "|landlady|boss|manager|copper|coppers|cop|cops|owner|bitch|bitches|cunt|cunts|prick|pricks|twat|twats"
            + "|bastard|bastards|wanker|wankers|dickhead|dickheads|fucker|fuckers|knobhead|idiot|idiots|slag|slut"
            + "|whore|family|lot|fella|geezer|mate|ex|prat|nonce|snitch|scumbag|scumbags|person|people)";
    /** What a threat is done to: a body, a home or someone close ("your face", "his car", "your mum"). */
    private static final String BELONGING = "(?:face|head|heads|legs|leg|arms|arm|neck|kneecaps|knees|throat|teeth"
            + "|jaw|skull|nose|ribs|back|fingers|hands|eyes|brains|body|house|home|flat|car|van|windows|door|kids"
            + "|children|family|mum|mother|dad|father|wife|husband|girlfriend|boyfriend|missus|dog|cat|brother"
            + "|sister|son|daughter|baby|nan|life|shop|business|grave|puppy|kitten|pets|horse|flat|flats|homes|houses|cars|shops|salon|pub"
            + "|caravan|caravans)";
    /** A group's places, attacked for the group: "that gypsy camp", "the Hindu temple". */
    private static final String PLACE = "camp|site|shop|shops|house|houses|home|homes|mosque|temple|church"
            + "|synagogue|gurdwara|centre|club|bar|pub|school|family|families";
    /**
     * Whom a threat is aimed at: a person ("you", "him", "that bloke", "the next one", "every last one", a name),
     * or someone's body, home or family ("your face", "his car", "dave's kids"). Not a thing ("the washing", "the
     * grass", "your keys"), so "I'll hang the washing out" is not a threat.
     */
    private static final String PERSON = "(?:you|him|them|y'all|yourself|yourselves|everyone|everybody|anyone"
            + "|anybody|@user|her(?! (?!" + BELONGING + ")[a-z]+)|(?:all|each|every one|some|one|any) of (?:you|them|yous)"
            + "|you all|yous|every (?:last |single )?one|(?:your|ur|his|her|their|[a-z]+'s) (?:\\w+ )?" + BELONGING
            + "|(?:the|that|this|those|these|every|any|each|all the|the next|some) (?:\\w+ )?" + PERSON_NOUN
            + "|(?:that|the) (?:\\w+ ){0,2}\\w+ of (?:yours|his|hers|theirs)"
            + "|(?!(?:the|a|an|some|this|that|these|those|your|ur|his|her|their|my|our|it|its|up|down|over|out|in"
            + "|on|off|at|to|for|with|all|every|each|any|no|one|two|time|things?|stuff|something|everything"
            + "|anything|nothing|news|ball|grass|job|exam|test|gym|game|match|deal|contract|record)\\b)[a-z]+"
            + "(?= *$| *[.,!?]| (?:and|if|when|or|for|next|tomorrow|tonight|later|now|today|mate|innit|i|you)\\b))";
    private static final String ADV = "(?: (?:fucking|literally|actually|really|just|so|definitely|honestly"
            + "|personally|seriously|proper|come and|come round and|find you and|go and|fucken|bloody))*";
    private static final String SUBJ = "(?:\\b(?:i|we) (?:will|shall|am going to|are going to|want to|am about to"
            + "|are about to|am coming to)|\\b(?:i'll|we'll|ill|i'm going to|we're going to|i'm about to"
            + "|i'm coming to|i'd|i would|i could|i swear i'll|i'm gunna|i'm gonna)|\\bgoing to)";
    static final String HARM_VERB = "(?:kill|murder|stab|shank|shoot|hurt|batter|strangle|choke|drown|bury"
            + "|glass|torture|rape|lynch|behead|butcher|slaughter|execute|merk|murk|gas|hang|punch|slap|kick|bash"
            + "|deck|lamp|twat|chin|smash|hit(?! (?:you|ya) up)|exterminate|kidnap|poison|burn|torch|firebomb"
            + "|petrol bomb|bomb|blow up|cut|slit|knife|destroy|end|ruin|find|hunt down|come for|track down"
            + "|beat up|beat the (?:shit|crap|hell|living daylights) out of|fuck up|mess up|sort out|do in"
            + "|run over|set fire to|break|snap|knock out|rip apart|cave in|smash up|poison)";
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
            + "|no morals|no souls|no soul|cheats|cheaters|man-haters|man haters|delusional)";
    /**
     * What a group "should be" or "deserves" in hostile talk of removing, confining, harming or killing its members:
     * "X should be deported", "they deserve every beating they get".
     */
    private static final String EXCLUDE = "(?:banned|deported|locked up|locked away|sent back|sent home|kicked out"
            + "|thrown out|removed|sterilised|sterilized|castrated|segregated|rounded up|put in camps|sent to camps"
            + "|put on planes|put on a plane|kept out|kept away|kept apart|kept off|hidden away|put away|put down"
            + "|culled|exterminated|wiped out|gassed|shot|hanged|hung|stoned|burned|burnt|executed|beaten|bullied"
            + "|drowned|lynched|go back|get out|leave|fuck off|piss off|not exist|not be allowed|disappear|die out"
            + "|die|be gone|burn in hell|rot|only be allowed|never be allowed|get a beating|get a kicking"
            + "|every beating|a beating|a kicking|a slap|a good slap|jailed|imprisoned|fired|sacked|barred|aborted"
            + "|kept in separate \\w+|put in separate \\w+|separated|starved|institutionalised|sectioned"
            + "|lose (?:custody|their kids|their children|their rights|their jobs|the vote)|stripped of \\w+"
            + "|spat on)";
    /**
     * A plural that names people rather than things ("tories", "remainers", "leftists", "feminists"), for threats at
     * a whole non-protected group: not "kill the process", "hang the pictures" or "kill all the flies".
     */
    private static final String PEOPLE = "(?!(?:flies|bugs|germs|weeds|wasps|spiders|ants|mice|slugs|lights|processes"
            + "|tasks|jobs|series|movies|cookies|batteries|pies|parties|stories|bodies|deliveries|supplies|copies"
            + "|entries|queries|categories|duties|cities|countries|charities|pictures|papers|numbers|leaves)\\b)"
            + "(?:[a-z]+(?:ers|ists|ians|ans|ites|ies|ees|ards|ots|ics|men|ons)|sluts|slags|bitches|whores|cunts|twats"
            + "|pricks|feminazis|nazis|commies|libtards|snowflakes|karens|chavs|scrotes|scallies|roasties|incels|terfs"
            + "|trolls|paedos|nonces|rapists|kids|children|people|folk|mosques|synagogues|temples|churches|gurdwaras)";
    /** Intimate images: "your nudes", "the sex tape", "those pics of you in your underwear", "deepfake nudes". */
    static final String INTIMATE = "\\b(?:nudes?|sex tapes?|sex vid(?:eo)?s?|(?:naked|nude|topless|intimate|(?:your|ur)"
            + " private|dirty|spicy|explicit|sexy|sex|bare|titty|tit|boob|x-rated|revealing|bedroom) (?:\\w+ )?(?:pics?|pictures?|photos?"
            + "|snaps?|selfies?|images?|videos?|vids?|footage|recordings?)|(?:pics?|pictures?|photos?|snaps?|selfies?"
            + "|images?|videos?|vids?|footage|recording|deepfakes?)(?: of (?:you|u|us|ya|yourself|urself))?(?: [a-z'-]+){0,4}?"
            + " (?:naked|nude|topless|in (?:your|ur|the|that|those|a) (?:\\w+ )?(?:underwear|undies|pants|boxers|bra"
            + "|knickers|lingerie|shower|bath)|on (?:cam|webcam)|in bed|having sex|touching (?:yourself|urself)|wanking|with no (?:clothes|bikini|bra|top"
            + "|knickers)|with nothing on|no clothes on|sucking|see-through)|(?:recorded|filmed|videoed|screenshotted)"
            + " you (?:\\w+ ){0,4}(?:touching|naked|wanking|in the shower|having sex)|what you look like (?:naked"
            + "|with nothing on|without clothes)|(?:your|ur) (?:tits|boobs|titties|nips|naked body)|(?:ai|deepfake|fake)"
            + " nudes?|pornhub|xvideos|onlyfans|porn sites?|revenge (?:porn )?sites?|(?:screen ?recorded|recorded|filmed)"
            + " (?:our|the|you on|you on our|you on the) (?:video call|facetime|cam|webcam|call))\\b";
    /**
     * What makes talk of intimate images a threat to share them: intent, a condition, a price or a deadline, an
     * audience that will see them ("or your nudes go to all your followers", "be a shame if your dad saw them").
     */
    static final String COERCION = "\\b(?:(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|gonna|going to"
            + "|i swear i'll|i might|might just|shall i) (?:\\w+ ){0,2}(?:post|share|leak|upload|put|spread|forward"
            + "|publish|email|airdrop|print|stick|tag|make|(?:show|send) (?!(?:you|u|ya|me)\\b))|i'm (?:posting|uploading"
            + "|sending|putting|printing|sharing)|could happen"
            + "|or (?:i|i'll|else|your|ur|the|they|it|everyone)|otherwise|unless (?:you|u)|if (?:you|u) (?:don't|dont"
            + "|leave|report|block|dump|tell|ignore|go|cheat|stop)|(?:pay|send|transfer) me (?:£|\\$|\\d)|(?:pay|send"
            + "|transfer) (?:£|\\$)?\\d+\\w* (?:to|in|into|by|or|within)|bitcoin|btc"
            + "|paypal|last chance|one more word|(?:you've|youve|you have) got (?:\\d+|till|until|one|an|24)|by"
            + " (?:midnight|tonight|tomorrow|friday)|till (?:friday|tomorrow|tonight|midnight)|shame if|imagine (?:your"
            + "|ur)|regret|choose wisely|ready to (?:go|send)|in a folder|keep (?:ignoring|blanking|ghosting)|block"
            + " me|blocking me|drop the|don't make me|dont make me|be nice to me|do exactly what i say|easy to find"
            + "|want (?:your|ur) \\w+ kept|(?:everyone|everybody|the whole \\w+|the world)(?:'s| is)? (?:\\w+ ){0,2}"
            + "(?:will|going to|gonna|are going to|gets|get|sees|see)|(?:your|ur) (?:\\w+ )?(?:mum|mom|dad|parents"
            + "|boss|boss's|manager|family|friends|followers|colleagues|husband|wife|bf|gf|boyfriend|girlfriend|ex|sister"
            + "|brother|church|work|contacts|contact list)(?:'s)? (?:\\w+ ){0,2}(?:will|would|gets?|is going to|gonna"
            + "|saw|see|sees|opening|doesn't know)|(?:go|goes|going|gets? sent|end up|ends up|get posted|gets posted) (?:to"
            + "|on|in|round|around|everywhere|viral|public|live|online)|(?:dump|leave|block|report|ignore|cheat on"
            + "|unfriend|unfollow|ghost) me and)\\b";
    /** A threat to share intimate images: one within 150 characters of coercion, either way round. */
    static final String INTIMATE_THREAT = "(?:" + COERCION + ").{0,150}?(?:" + INTIMATE + ")|(?:" + INTIMATE
            + ").{0,150}?(?:" + COERCION + ")";
    private static final String NOT_PERSON = "(?!(?:it|this|myself|me|us|time|off|for|out|a|an|some|my|one|two"
            + "|the (?:game|exam|test|gym))\\b)";

    private static final Set<String> NEGATIONS = Set.of("never", "not", "wouldn't", "won't", "don't", "no",
            "nobody", "nobody's", "doesn't", "isn't", "aren't", "didn't", "can't");
    static final java.util.Set<String> INTENSIFIERS = java.util.Set.of("fuck", "fucking", "fuckin", "fucked",
            "fucks", "stfu", "gtfo", "shit", "damn", "bloody");
    private final List<Rule> rules = new ArrayList<>();
    private final Pattern directedBefore = Pattern.compile(
            "\\b(?:you|you're|your|he's|she's|they're|is a|are|a|an|fucking|dirty|filthy|stupid|bloody|typical"
                    + "|little|fat|ugly|thick|you fucking|such a|what a|like a|bunch of|go back) $");
    private final Pattern pluralSubject = Pattern.compile("\\b(?:some|all|these|those|most|many|all the|half the"
            + "|the) (?:[a-z]+ )?[a-z]+s(?: [a-z']+){0,3} (?:are|were|r)\\b");
    private final Pattern secondPerson = Pattern.compile("(?<![a-z'@])" + YOU + "(?![a-z'])");
    private final Pattern directInsult = Pattern.compile(
            "\\b(?:you|you're|you are|your|your a|your an|ur)(?: (?:are|a|an|such|such a|an absolute|a complete"
                    + "|absolute|complete|total|fucking|fat|stupid|ugly|little|dirty|thick|useless|pathetic|bloody"
                    + "|massive|proper|utter|right))* (?:[a-z]+)\\b");

    /** Words that turn an everyday word into an insult aimed at someone: "you cow", "she's a snake", "silly mare". */
    private final Pattern insultBefore = Pattern.compile(
            "(?:\\b(?:you|ya|u|ur|you're|youre|you are)(?: an?)?|\\b(?:your|she's|he's|she is|he is|such"
                    + "|what|like|proper|right|absolute|complete|total|utter) an?|(?<!\\bthere|\\bthis|\\bthat|\\bit|\\bhere)"
                    + " is an?|\\b(?:stupid|silly|daft|dozy|dopey|greedy|lazy|fat|ugly|old|lying|thieving|nasty|useless"
                    + "|worthless|pathetic|dirty|filthy|selfish|spiteful|evil|horrible|horrid|vile|jealous|bitter"
                    + "|miserable|mouthy|gobby|tight|smelly|disgusting|little|thick|arrogant|sad|sly|sneaky|snide|snidey"
                    + "|two-faced|faced|moody|vindictive|manipulative|poisonous|scummy|sour|fucking|bloody)) $");
    /** Words that put a short exclamation in the third person ("that bitch"), so it is not said to the reader. */
    private static final Set<String> THIRD_PERSON = Set.of("that", "this", "the", "she", "he", "her", "his", "him",
            "they", "them", "their", "those", "these", "some", "my", "our", "is", "was", "are", "all");
    private final Lexicon lexicon;
    private final GroupNames groups;
    private final Excuses excuses;
    private final Set<String> groupWords;

    /** {@code isWord} tells real words, which are never taken for a misspelt group name (see {@link GroupNames}). */
    public PhraseRules(Lexicon lexicon, java.util.function.Predicate<String> isWord) {
        this.lexicon = lexicon;
        this.groups = new GroupNames(lexicon.identities(), isWord);
        this.excuses = new Excuses(lexicon);
        this.groupWords = groups.triggerWords();
        String singular = GroupNames.MEMBER;
        String ident = GroupNames.GROUP + "|" + GroupNames.MEMBER + " (?:kids|children|families|family"
                + "|people|men|women|lads|guys|girls|boys|folk|couples?|teachers|parents|neighbours|workers|doctors"
                + "|drivers)";
        String groupMember = "(?:(?:every|each|any|all|all the|the next|those|these|that|the|of the|one of those) "
                + "(?:\\w+ )?)?(?:" + ident + "|" + singular + ")";
        threat("kill/harm intent", 0.88, SUBJ + ADV + " " + HARM_VERB + " " + NOT_PERSON + "(?:" + PERSON + "|"
                + groupMember + "(?: (?:" + PLACE + "))?)(?![a-z'])(?! (?:a|an) (?:text|message|email|cd|dvd|line|dm"
                + "|pic|photo|link|copy|call|quick|bell|message)\\b| back\\b)");
        triggers("i we i'll we'll ill i'm we're i'd going + kill murder stab shank shoot hurt batter strangle choke drown bury glass torture rape lynch behead butcher slaughter execute merk murk gas hang punch slap kick bash deck lamp twat chin smash hit exterminate kidnap poison burn torch firebomb petrol bomb blow cut slit knife destroy end ruin find hunt come track beat fuck mess sort do run set break snap knock rip cave");
        threat("harm in progress", 0.86, SUBJ + " (?:be|start|begin|keep) (?:killing|stabbing|shooting|hurting"
                + "|battering|burning|bombing|beating|hunting|gassing|lynching|murdering|slaughtering)\\b"
                + "|\\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i'm gonna|we're gonna) make sure"
                + " (?:you|he|she|they|him|her|them|it|every one of them|they all)(?: \\w+)? (?:get|gets|are|is|end"
                + " up) (?:hurt|battered|stabbed|shot|killed|dead|beaten|glassed|in hospital)\\b"
                + "|" + SUBJ + ADV + " (?:knock|kick|smash|punch|beat|batter) (?:you|him|her|them|their|his|your"
                + "|every one of them|the lot of them|the \\w+)(?: \\w+){0,3} (?:out|in|senseless|unconscious|to death|to a pulp"
                + "|black and blue|half to death|teeth in|heads? in|faces? in)\\b"
                + "|\\b(?:burn|blow|torch|bomb|petrol bomb|firebomb) (?:it|the place|(?:the|their|your|his|her|[a-z]+'s)"
                + "(?: [a-z']+){1,3}) (?:down |up )?with (?:them|you|everyone|everybody|him|her|all of them|the lot of them)"
                + " (?:inside|in it|in there|in)\\b"
                + "|\\b(?:they're|they are|he's|he is|she's|she is|you're|you are) (?:getting|gonna get|going to"
                + " get) (?:glassed|stabbed|battered|shot|merked|jumped|killed|kicked in|done in|hurt|bottled)\\b");
        triggers("killing stabbing shooting hurting battering burning bombing beating hunting gassing lynching murdering slaughtering sure knock kick smash punch beat batter burn blow torch bomb firebomb glassed stabbed battered shot merked jumped killed kicked done hurt bottled");
        threat("harm to whoever", 0.84, SUBJ + ADV + " (?:run (?:down|over) (?:any|every|each|those|these|the next)"
                + "|run over (?:him|her|them|you)|(?:tip|push|throw|chuck|shove|drag) (?:any|every|all|each|those"
                + "|these|them|him|her|you|the next)\\b[^.]{0,40}\\b(?:into|off|in front of|under) (?:a|the|their|his"
                + "|her|your)\\b)");
        triggers("run tip push throw chuck shove drag + any every all each those these them him her you next");
        threat("harm as an outcome", 0.86, "\\b(?:you|ur|you'll|you're|youll|youre|you will|you are|you won't"
                + "|you wont|i'll put you|we'll put you|put you)\\b[^.]{0,40}?\\b(?:in a&e|in a e|in a and e|in (?:the )?"
                + "hospital|need (?:a wheelchair|an ambulance|stitches|a new face)|in a wheelchair|in a body bag|in a box|in a coffin|in a grave|six foot under|in the ground|in a ditch"
                + "|through a straw|never walk again|(?:won't|wont|will not) walk (?:again|away)|(?:won't|wont) live"
                + " (?:to|2) see|on life support|in intensive care|a dead man|in the river|in the canal|in the boot)\\b"
                + "|\\b(?:your|ur) (?:[a-z']+ ){1,2}(?:is|are|'s|will|wont|won't)? ?(?:a dead man|(?:going to|gonna|getting"
                + "|gets|get|will get|won't be|wont be) (?:get |be )?(?:hurt|burn|burnt|burned|torched|smashed up|smashed"
                + "|killed|stabbed|shot|battered|poisoned|drowned|a visit|safe|coming home|walking))\\b"
                + "|\\b(?:that|the) \\w+ of yours (?:is|are) (?:getting|going to get|gonna get) (?:torched|burnt"
                + "|smashed|done|wrecked)\\b|\\b(?:going|go|goes) up in flames\\b");
        triggers("you ur you'll you're youll youre your yours + a&e e hospital wheelchair bag box coffin grave foot ground ditch straw walk live support care dead river canal boot hurt burn burnt burned torched smashed killed stabbed shot battered poisoned drowned visit safe coming walking flames ambulance stitches");
        threat("threat to loved ones", 0.84, "\\b(?:everyone|everybody|everything) you (?:love|care about) (?:is|will"
                + "|'s)\\b[^.]{0,20}\\b(?:pay|suffer|hurt|burn|die|regret)|\\byour loved ones (?:are|will)\\b[^.]{0,20}"
                + "\\b(?:pay|suffer|hurt|burn|die|regret)");
        triggers("everyone everybody everything loved + pay suffer hurt burn die regret");
        threat("weapon or fire", 0.88, "\\b(?:petrol|acid|bleach|a lit rag|lit rags|a brick|bricks|a firework|a"
                + " petrol bomb) (?:through|in|on|over|at|into) (?:your|you|ur)\\b|\\b(?:pour|throw|splash|chuck)"
                + " (?:petrol|acid) (?:on|over|at|in) (?:you|your|ur)\\b|\\b(?:bring|bringing|come round with|coming"
                + " round with|coming with|turn up with|be round with|come with|got|i've got|ive got) (?:a|my|the)"
                + " (?:knife|blade|machete|hammer|bat|baseball bat|shank|gun|axe|crowbar|shotgun|acid|petrol)\\b[^.]{0,30}"
                + "?\\b(?:to your|to ur|for you|round|and you're|and your|tonight|your door|your house|yours|to smash"
                + "|if you)\\b|\\b(?:come|coming|be|turn up|turning up|turn) round (?:to yours |to your \\w+ |there )?with"
                + " (?:a|my|the) (?:knife|blade|machete|hammer|bat|baseball bat|shank|gun|axe|crowbar|shotgun)\\b"
                + "|\\b(?:firebomb|fire bomb|petrol bomb|torch|burn down) (?:your|ur)\\b|\\b(?:knife|gun"
                + "|bomb|blade) (?:is |its |it's )?coming (?:to|for) (?:your|you|ur)\\b");
        triggers("petrol acid bleach lit rag rags brick bricks firework bomb pour throw splash chuck knife blade machete hammer bat shank gun axe crowbar shotgun firebomb fire torch burn");
        threat("gang threat", 0.86, "\\b(?:me and (?:my|the)|my|the|our) (?:lads|boys|mates|cousins|brothers|crew"
                + "|gang|bredrin|family|boys)\\b[^.]{0,20}?\\b(?:coming for you|come for you|put you|jump you|do you in"
                + "|smash|batter|kill|stab|sort you|pay (?:you|your \\w+) a visit|waiting (?:outside|for you|round))"
                + "|\\b(?:we're|we are|were) (?:gonna |going to |all )?(?:jump|get|do) you\\b|\\b(?:we|i) know where"
                + " you (?:live|work)\\b|\\bwaiting outside your (?:work|house|school|door|flat|gym)\\b"
                + "|\\b(?:pay|paying) your \\w+ a visit\\b|\\b(?:get|getting) a visit\\b");
        triggers("lads boys mates cousins brothers crew gang bredrin family jump know waiting visit");
        threat("harm to the body", 0.88, "\\b(?:cave|smash|kick|punch|stamp) (?:your|ur|his|her|their) (?:\\w+ )?(?:head"
                + "|face|skull|teeth) in\\b|\\bknock (?:every|all|your|ur) (?:\\w+ )?(?:tooth|teeth) out\\b|\\brip"
                + " (?:your|ur) (?:\\w+ )?(?:throat|head|face|heart|eyes) out\\b|\\b(?:hunt|track) (?:you|u) down\\b"
                + "|\\bsort (?:you|u) out (?:permanently|for good)\\b|\\bmake (?:you|u) suffer\\b|\\b(?:break|snap)"
                + " (?:both )?(?:your|ur) (?:\\w+ )?(?:legs|arms|neck|jaw|fingers|nose|ribs)\\b|\\b(?:slash|slit)"
                + " (?:your|ur) (?:throat|tyres|face)\\b");
        triggers("cave smash kick punch stamp knock rip hunt track sort suffer break snap slash slit");
        threat("you're dead", 0.88, "\\b(?:you're|you are|your|you) (?:so |fucking |actually |literally )?(?:dead"
                + "(?! to me| funny| right| cute| on| good| serious| wrong| tired| jealous| boring| lucky)"
                + "|a dead (?:man|woman|girl|boy|ting)|finished|going to die|going to get (?:it|hurt|stabbed"
                + "|battered|shot|done|merked|jumped|killed)|getting (?:stabbed|battered|shot|done in|merked|jumped"
                + "|killed|hurt))\\b");
        triggers("you're you your + dead finished die hurt stabbed battered shot done merked jumped killed");
        threat("menace", 0.86, "\\bwatch your (?:back|step|kids|family|house)\\b|\\bi know where (?:you|your \\w+)"
                + " (?:live|lives|work|works|sleep|go|goes|park|drink)\\b|\\bsleep with one eye open\\b"
                + "|\\byou won't see (?:it|me) coming\\b|\\byour days are numbered\\b|\\bcount(?:ing)? your days\\b"
                + "|\\b(?:i'm|we're|i am|we are) coming for you\\b|\\bwait (?:till|until) i (?:see|get|catch) you\\b"
                + "|\\bnext time i see you\\b[^.]{0,30}\\b(?:you're|i'll|you'll)\\b|\\bi'll be waiting (?:for you"
                + "|outside)\\b|\\bknife with your name on it\\b|\\bi'll bring (?:a|my) (?:knife|blade|gun|machete"
                + "|bat|mates|boys)\\b|\\b(?:knife|gun|bomb|coffin|grave)(?: (?:knife|gun|bomb|coffin|grave|skull))*"
                + " (?:for )?you\\b|\\byou (?:knife|gun|coffin|grave)\\b|\\baccidents happen\\b|\\b(?:be a|would be"
                + " a|it'd be a|would be terrible|it'd be terrible) (?:shame|pity|terrible)?[^.]{0,10}if (?:something"
                + "|anything) (?:happened|was to happen|were to happen)\\b|\\bhope (?:your|ur) \\w+(?:'s| is) insured\\b"
                + "|\\bhope you've got (?:good )?(?:life )?insurance\\b|\\b(?:i've been|i have been|i'm|been) watching"
                + " you\\b|\\bgo missing\\b|\\blooking over your shoulder\\b|\\bwhat i'm capable of\\b|\\byour"
                + " (?:time's|time is|days are) (?:coming|numbered|up)\\b|\\b(?:get|got|getting) what'?s coming\\b"
                + "|\\block your doors\\b|\\bnobody would (?:even )?(?:notice|miss you)\\b(?! if (?:you|u) (?:were|was) gone)|\\bi know (?:which|what)"
                + " (?:school|nursery|gym|pub|street)\\b|\\bi know where your \\w+ (?:plays|goes|lives|works|drinks"
                + "|parks|walks)\\b|\\bbetter watch (?:herself|himself|yourself|themselves|your back|out)\\b");
        triggers("watch know sleep coming numbered count counting wait next waiting knife gun bomb coffin grave bring accidents shame pity terrible insured insurance watching missing shoulder capable time's time days what's whats lock nobody better + you your ur yourself yours you've you'll you're open");
        threat("conditional threat", 0.8, "\\byou'll (?:regret|pay for|be sorry for) (?:this|it|that)\\b"
                + "|\\byou'll be sorry\\b|\\byou'll get what's coming\\b|\\byou've been warned\\b|\\bthis is your"
                + " (?:last|final) warning\\b|\\bor else\\b|\\bor you'll (?:regret|get hurt|be sorry|pay|wish)\\b"
                + "|\\b(?:i'll|ill|i will|i'm going to) make (?:you|your life) (?:pay|suffer|regret|hell|a misery|a"
                + " living hell)\\b|\\bdon't make me (?:come|hurt|find|do something)\\b|\\bsee what happens\\b"
                + "|\\bif you (?:ever )?[^.]{0,40}\\b(?:you'll|you will) (?:regret|get hurt|be sorry|pay|wish"
                + "|end up)\\b");
        triggers("regret sorry pay what's warned warning else make happens wish + you you'll your you've else happens");
        threat("someone should", 0.82, "\\b(?:someone|somebody|people|we) (?:should|needs to|need to|ought to|is"
                + " going to|will|must) (?:kill|shoot|stab|hang|hurt|rape|murder|bomb|burn|gas|lynch|behead"
                + "|exterminate) (?:you|him|her|them|all|every|the|those|these|" + ident + ")\\b");
        triggers("kill shoot stab hang hurt rape murder bomb burn gas lynch behead exterminate");
        threat("group should die", 0.88, "\\b(?:all |the |those |these )?(?:" + ident + "|" + PEOPLE + ") (?:should|must"
                + "|need to|ought to|deserve to|will|are going to) (?:all )?(?:be )?(?:die|killed|shot|hanged|hung"
                + "|gassed|burned|burnt|executed|exterminated|wiped out|put down|put to death|slaughtered|lynched"
                + "|stabbed|beaten|raped|murdered|eradicated|culled|hunted|drowned|strung up|kicked to death"
                + "|beaten to death|stoned|stoned to death|run over|set on fire|burnt alive|burned alive|nuked|bombed"
                + "|shot on sight|shot dead|pushed off|thrown off|put out of their misery|tortured|castrated|hung"
                + " from|hanged from)\\b|\\b(?:" + ident + "|" + PEOPLE + ") (?:deserve|need|needs|deserves) (?:a bullet"
                + "|bullets|a beating|a kicking|the rope|to swing|to hang)\\b");
        triggers("die killed shot hanged hung gassed burned burnt executed exterminated wiped put slaughtered lynched stabbed beaten raped murdered eradicated culled hunted drowned strung kicked stoned run set nuked bombed pushed thrown tortured castrated bullet bullets beating kicking rope swing hang");
        threat("kill all", 0.86, "\\b(?:kill|shoot|gas|hang|exterminate|murder|burn|behead|stab|lynch|slaughter"
                + "|wipe out|eradicate) (?:all|every|the|those|these|each)(?: the| of the| of those| of these)? (?:fucking"
                + " |bloody |last |single )?(?:"
                + ident + "|" + PEOPLE + ")\\b|\\b(?:kill|shoot|gas|hang|murder|burn|behead|stab|lynch) (?:every|each)"
                + " (?:fucking |bloody |last |single )?" + singular + "\\b|\\b(?:nuke|bomb|sterilise|sterilize|castrate|stone|drown|torch|bulldoze"
                + "|round up|sink) (?:all |every |the |those |these |each )?(?:fucking |bloody |last |single )?(?:"
                + ident + "|" + singular + ")\\b|\\bdeath to (?:all |the )?\\w+|\\b(?:burn|torch|bomb|blow up|firebomb|petrol bomb|smash up) (?:all |every |the"
                + " |those |these )?(?:" + ident + "|" + singular + ")? ?(?:mosques?|synagogues?|temples?|gurdwaras?"
                + "|churches?)\\b|\\bthrow (?:the |all the |those |these )?(?:" + ident + ") off\\b");
        triggers("kill shoot gas hang exterminate murder burn behead stab lynch slaughter wipe eradicate death nuke bomb sterilise sterilize castrate stone drown torch bulldoze round sink blow firebomb smash throw");
        threat("exposure threat", 0.8, "\\b(?:i'll|i will|i'm going to|going to|i can|i could|i'd|we'll|or i'll"
                + "|i'm gonna|unless you[^.]{0,30}i'll) (?:\\w+ ){0,2}(?:post|share|send|leak|upload|show|put"
                + "|spread|forward|publish|expose)(?: [a-z@']+){0,5} (?:your|ur|all your) (?:\\w+ )?(?:texts"
                + "|messages|secrets|dms|chats|search history|address)\\b|\\bexpose you\\b");
        triggers("texts messages secrets dms chats history address expose");
        rules.add(new Rule("intimate image threat", Label.THREAT, 0.88, Pattern.compile(INTIMATE_THREAT), true, null,
                List.of(), false, Label.SEXUAL));
        triggers("nudes nude naked topless intimate private dirty spicy explicit sexy sex bare titty tit boob x-rated"
                + " revealing recorded filmed videoed screenshotted underwear bra knickers lingerie shower bath bed"
                + " touching wanking clothes nothing sucking see-through bikini tits boobs titties nips dick cock");
        rule("wish of harm", Label.THREAT, 0.35, "\\b(?:hope|wish) (?:you|he|she|they) (?:die|dies|get (?:raped"
                + "|cancer|killed|hit by|run over|stabbed|hurt))\\b|\\byou deserve to (?:die|be (?:raped|killed"
                + "|shot|stabbed|beaten))\\b", true, null);
        triggers("hope wish deserve");
        hate("harm wished on a group", 0.85, "\\b(?:hope|wish|pray) (?:that )?(?:all |all the |those |these |the"
                + " |every (?:single |last )?)?(?:" + ident + "|" + singular + ")(?: [a-z']+){0,5}? (?:die|dies|die out"
                + "|(?:get|gets|are|will be) (?:raped|cancer|killed|run over|shot|aids|stabbed|gassed|hurt|beaten"
                + "|bombed|burned|burnt|wiped out))\\b");
        triggers("hope wish pray + IDENT");
        rule("encourages suicide or self-harm", Label.SELF_HARM, 0.92, "\\bwhy don't you (?:just )?(?:go )?(?:and )?"
                + "(?:die|kill|end it|neck|hang|top|off)\\b|\\bkys\\b|\\bkill (?:your ?self"
                + "|yourselves|urself)\\b|\\b(?:neck|hang|top|off|unalive|shoot|stab|cut|starve|drown|burn|harm)"
                + " (?:your ?self|yourselves|urself)\\b|\\bgo (?:and )?(?:die|jump off)\\b|\\bslit your (?:wrists"
                + "|throat)\\b|\\bdrink (?:some )?bleach\\b|\\bjump off (?:a|the) (?:bridge|building|cliff|roof)"
                + "|\\b(?:step|jump) in front of (?:a|the) (?:train|bus|lorry)|\\b(?:nobody|no one|noone)"
                + " (?:would|will|is going to) (?:miss|care if|notice if) you|\\b(?:the )?world (?:would be|is"
                + "|will be) better (?:off )?without you|\\bdo (?:us all|everyone|the world|us) a favou?r and"
                + " (?:die|disappear|kill|end|jump|don't wake up|dont wake up|stop breathing|not exist)|\\byou (?:should|ought to|need to) (?:just )?(?:die|kill"
                + "|not exist|not be alive|end it)\\b"
                + "|\\bend it all\\b|\\bend your (?:own )?life\\b|\\b(?:please|just) die\\b|\\b(?:just|go|go on|go and"
                + "|hurry up and|pls|please|should just|u should)(?: ,)? end it\\b(?! (?:with|between|there))|\\b(?:take|swallow"
                + "|neck|down) (?:all|the whole|every one of|all of) (?:your |ur |the |those |them )?(?:pills|tablets"
                + "|packet|bottle|meds)\\b|\\bcut (?:deeper|harder|(?:your|ur) wrists)\\b|\\bkeep (?:going with the"
                + " |on )?cutting\\b|\\bgo (?:and |n )?(?:slit|die)\\b|\\b(?:don't|dont|never) wake up (?:tomorrow|again"
                + "|in the morning)\\b|\\b(?:nobody|no one|noone) (?:would|will) (?:even )?(?:notice if (?:you|u) (?:were"
                + "|was) gone|come to (?:your|ur) funeral)\\b|\\bwould (?:\\w+ )?(?:be|feel) (?:so )?(?:relieved|happier|better off"
                + "|glad)(?: \\w+){0,3} if (?:you|u) (?:were gone|was gone|died|ended it|weren't here|wasn't here|killed"
                + " (?:yourself|urself))\\b|\\bbetter off without (?:you|u)\\b|\\b(?:try|tried|stop|quit) (?:not )?existing"
                + "\\b|\\bkill(?: [.!,])? your(?: [.!,])? self\\b|\\b(?:go|just|u should|you should|pls|please) hurt"
                + " (?:yourself|urself)\\b|\\bdie in a ditch\\b|\\bdo it properly this time\\b|\\b(?:delete|uninstall|erase) (?:your ?self|urself)\\b|\\b(?:go|just|pls"
                + "|please) (?:and |n )?(?:overdose|od|hurt (?:yourself|urself))\\b|\\b(?:actually|just) go through with it"
                + "\\b|\\bwhy (?:are|r) (?:you|u) still (?:breathing|alive)\\b|\\bwould (?:throw a party|celebrate|dance)"
                + " if (?:you|u) (?:died|were dead|was dead|killed)\\b|\\bgo (?:and |n )?play (?:on|in) the (?:motorway|traffic"
                + "|railway|tracks)\\b|\\bthen end it\\b|\\bif i (?:was|were) (?:as \\w+ as )?(?:you|u),? (?:i'd|id|i would)"
                + " (?:have )?(?:just )?(?:kill|killed|top|topped|neck|necked|end|ended) (?:myself|it)\\b|\\b(?:kill|killed)"
                + " (?:myself|yourself|urself)\\b.{0,60}\\bwhat are you waiting for\\b", true, null);
        triggers("kys kill yourself urself yourselves die jump bleach step miss without favour favor end pills tablets"
                + " packet bottle meds cut cutting slit wake notice funeral relieved happier glad existing self ditch killed"
                + " properly delete uninstall erase overdose od through breathing alive died motorway traffic topped");
        rule("sexual words", Label.SEXUAL, 0.85, "\\b(?:nudes|nude pics|naked|blowjobs?|handjobs?|cum|cumming"
                + "|jizz|horny|shag|shagging|porn|dildo|orgasm|clit|boner|erection(?! of)|(?<!great |blue |coal |marsh |willow"
                + " |crested |long-tailed )tits|titties|boobs|nipples|penis|vagina|wanking|sexting|sext|threesome"
                + "|(?<!so |bit |very |really |too )anal(?! about| retentive)|bj|milf|dick pic|dick pics|cock pic|rape"
                + "|raped|raping|grope|groping|fingering)\\b", false, null);
        triggers("nudes nude naked blowjob blowjobs handjob handjobs cum cumming jizz horny shag shagging porn dildo orgasm clit boner erection tits titties boobs nipples penis vagina wanking sexting sext threesome anal bj milf dick cock rape raped raping grope groping fingering");
        rule("sexual advance", Label.SEXUAL, 0.88, "\\bsuck (?:my|your|his|ma) (?:dick|cock|balls|tits|toes)?\\b"
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
        triggers("suck face lap fuck shag bang screw sleep finger lick touch rape ride eat nudes nude pics pic photos photo video vids selfie wearing tits boobs body pussy dick cock ass arse bum knickers kit clothes bend underwear bra panties sex sexy aubergine peach splash tongue wank wanked jerked jerking touching play playing rock hard strip taste bending knees spread legs bed fool mess freak finish quickie boxers pants trousers jeans colour color rack towel topless nips wrapped senseless wet flash snap dress skirt hoodie shirt lips spicy hookups hookup feet smash virgin cam sucking kissing licking hard tight nude");
        String so = "(?:all |just |nothing but |literally |such |so |the |a bunch of |fucking |bloody |complete"
                + " |total |absolute |basically |like |a |an |always |really |genuinely |properly |more like )*";
        String adjectives = "(?:(?!(?:not|never|no|hardly|rarely|less|more|often|mostly|also|victims|afraid|scared"
                + "|targets?|of|by|from|to|with|than|for|like|as|at|in|on|and|or|but)\\b)(?![a-z]+(?:ing|ed)\\b)[a-z]+ ){0,2}";
        String member = "(?:every|any|each|the average|your average|typical) (?:\\w+ )?" + singular
                + "(?: (?:person|man|woman|guy|bloke|lad|girl|kid|child|refugee|migrant|immigrant))?"
                + "|anyone with (?:autism|adhd|down syndrome|downs|tourettes|schizophrenia|bipolar|a disability)";
        hate("identity hostility", 0.88, "(?=[qj])(?<!\\b(?:against|for|towards|to|of|with|on|by|about|from) (?:[a-z]{1,12} )?)\\b(?:"
                + ident + ") (?:are|is|were|r|are all|=) " + so + adjectives + "(?:[a-z]+ and )?" + NEGATIVE + "\\b|\\b(?:" + member
                + ") (?:is|=) " + so + adjectives + "(?:a |an )?" + negativeOne() + "\\b|\\b" + singular + " = " + so
                + adjectives + "(?:a |an )?" + negativeOne() + "\\b|\\b(?:"
                + ident + ") (?:are|is) (?:only |just )?(?:good (?:for (?:one|two|three|nothing|one thing)|as)|born to"
                + " be)\\b|\\b(?:whole|entire) (?:race|country|nation|religion|culture|community) (?:of |is )" + so
                + adjectives + NEGATIVE + "\\b|\\b(?:" + ident
                + ") (?:control|run|own|secretly run|secretly control) (?:the |our |all the |all )?(?:banks|media"
                + "|world|government|money|country|hollywood)\\b|\\b(?:" + ident + ") (?:ruin|ruins|ruined"
                + "|are ruining|destroy|destroys|destroyed|are destroying|will destroy|will ruin|infest|infested"
                + "|are infesting|invade|invaded|are invading)\\b|\\b(?:" + ident + ") (?:are|is) (?:never|not) (?:any good|to be trusted|welcome"
                + "|wanted)\\b|\\bwhy (?:are|r|is) (?:all )?(?:" + ident + ") " + so + NEGATIVE + "\\b"
                + "|\\bwhy do (?:all )?(?:" + ident + ") (?:always |all )?(?:smell|stink|breed like|lie|steal|(?:have to be"
                + "|act|behave) (?:so |like )?" + adjectives + NEGATIVE + ")\\b"
                + "|\\b(?:" + ident + ") (?:aren't|are not|isn't|is not) (?:even )?(?:proper |real |fully )?"
                + "(?:human|humans|people|women|men|children)\\b");
        triggers("IDENT anyone");
        hate("disgust at a group", 0.86, "\\b(?:" + ident + ")(?:,)? (?:disgust|sicken|repulse|revolt|irritate"
                + "|infuriate|nauseate) (?:the (?:hell|shit|fuck|life) out of )?(?:me|us)\\b|\\b(?:" + ident + ") (?:make|makes) (?:me|my skin|my stomach)"
                + " (?:sick|crawl|turn|feel (?:physically )?sick|want to (?:puke|vomit|throw up))\\b|\\b(?:"
                + ident + ") (?:genuinely |really |honestly |proper )?(?:get|gets|do|does) (?:on my nerves|my head"
                + " in)\\b|\\bcan'?t (?:stand|bear|stomach) (?:being (?:anywhere )?near |the sight of )?(?:all |the"
                + " |those |these )*(?:" + ident + ")\\b|\\bnothing (?:winds me up|annoys me|disgusts me)"
                + " (?:more|as much) than (?:" + ident + ")\\b");
        triggers("IDENT");
        hate("hostility by pronoun", 0.84, "\\b(?:" + ident + ")\\b.{0,160}?\\b(?:(?:i|we) (?:really |honestly"
                + " |just |fucking |absolutely |genuinely )?(?:hate|despise|loathe|detest|can't stand|want)"
                + " (?:them|every one of them|every single one of them|all of them|the lot of them|them all)(?! to)\\b|(?:they|they're"
                + "|they are|they all) (?:disgust|sicken|repulse) (?:me|us)\\b|(?:they|they all) (?:make|makes) me"
                + " (?:sick|want to (?:puke|vomit|throw up))\\b|(?:they're|they are) (?:all |just |nothing but"
                + " |scum |the lot of them )?" + so + NEGATIVE + "\\b|(?:they|they all) (?:stink|smell|breed like)\\b|can't (?:stand|bear|stomach)"
                + " (?:the sight of )?(?:them|any of them|the lot of them)\\b"
                + "|(?:they|they all|they'll all) (?:should|must|need to|deserve to|deserve|should all) (?:all )?(?:be )?"
                + EXCLUDE + "\\b|\\b(?:send|kick|ship|throw|deport|boot) (?:them|em|the lot|the lot of them|every"
                + " (?:last |single )?one)(?: all)?(?: back| out| home)?\\b|\\b(?:lock|round) (?:them|em) (?:all )?up\\b"
                + "|\\bkeep (?:them|em) (?:all )?(?:out|away|off)\\b|\\bget rid of (?:them|em)\\b)");
        triggers("IDENT + them em they they're they'll lot one");
        hate("identity exclusion", 0.85, "\\b(?:" + ident + "|" + member + ") (?:should|must|need to|ought to|deserve to"
                + "|deserve|should all|all need to|should get|should have been|should just)"
                + " (?:all )?(?:be )?(?:\\w+ )?" + EXCLUDE + "\\b|\\b(?:" + ident + ") out\\b(?! (?:of|there|and|in"
                + "|with|for|to|on|loud|here|at|now|tonight)\\b)|\\bkeep (?:the |those |these |all )?(?:" + ident
                + ") (?:out|away|off)\\b|\\b(?:" + ident + ") (?:breed|multiply|spread|swarm) like\\b|\\b(?:"
                + ident + ") (?:are|is) (?:taking over|invading|infesting|overrunning|outbreeding|replacing us)\\b|\\b(?:" + ident + ") (?:shouldn't|should not|mustn't"
                + "|must not|should never|shouldnt) (?:be )?(?:allowed|let|trusted|given|able|exist|have)\\b"
                + "|\\bno (?:" + ident + ") (?:should|must|will) (?:ever )?be (?:allowed|let)\\b"
                + "|\\b(?:" + ident + ") (?:don't|do not|dont) belong\\b|\\b(?:" + ident + ") (?:have|has) no"
                + " place\\b|\\b(?:" + ident + ") (?:make|makes) me (?:sick|want to vomit|want to puke)\\b|\\b(?:"
                + ident + ") (?:can't|cannot) be trusted\\b|\\b(?:" + ident + ") (?:ruin|ruined|are ruining"
                + "|destroy|are destroying) (?:everything|this country|the country|britain|england)\\b|\\b(?:"
                + ident + ") (?:belong in|should be in) (?:a |the )?(?:zoo|cages?|jail|camps?|gas chambers?|asylums?|institutions?|hell|the ground|the gutter|bin"
                + "|sewer)\\b|\\b(?:" + ident + ") can (?:all )?(?:(?:fuck|piss|sod) (?:right )?off|go to hell|rot"
                + "|die)\\b");
        triggers("IDENT anyone");
        hate("hatred of a group", 0.88, "\\b(?:i|we|everyone|honestly i|i just|i really|i fucking|i absolutely"
                + "|i genuinely|i honestly|i truly|i proper) (?:hate|despise|loathe|detest|can't stand|am sick of"
                + "|am fed up with|am disgusted by|'m sick of) (?:all |the |those |these |every |fucking |bloody )*(?:"
                + ident + ")\\b|\\b(?:no more|get rid of|ban|deport|kick out|send back|never trust|fuck|fuck all"
                + "|fuck the) (?:all |the |those |these |every |every last |each )?(?:" + ident + ")\\b|\\b(?:deport|ban"
                + "|kick out|send back|get rid of) (?:every|each|any) (?:last |single )?" + singular + "\\b"
                + "|\\bsend (?:them|em|the lot|the lot of them) (?:all )?back\\b.{0,60}?\\b(?:" + ident + "|" + singular
                + ")\\b|\\b(?:filthy|dirty|fucking|bloody|stupid|disgusting|vile|typical|thieving|smelly"
                + "|lazy|scummy) (?:" + ident + ")\\b|\\byou (?:fucking |dirty |filthy |stupid |bloody |little"
                + " |disgusting |smelly )+" + singular + "\\b");
        triggers("IDENT");
        String homeland = "(?:africa|asia|poland|romania|pakistan|india|bangladesh|china|jamaica|nigeria|somalia|syria"
                + "|iraq|iran|afghanistan|albania|turkey|mexico|where you belong)";
        rule("go back", Label.HATE, 0.85, ProtectedCharacteristic.RACE, "\\b(?:fuck off|piss off|sod off|get|send"
                + " (?:them|em|him|her|the lot)(?: all)?) back to " + homeland + "\\b|(?:(?<=[.!?,;] )|^|\\bjust |\\b(?:they|you"
                + "|u|yous) (?:should |need to |can )?(?:all |just )?)go back to " + homeland + "\\b|\\bgo back to "
                + homeland + ",? (?:you|ya|u)\\b|\\bgo back to (?:your|where you|where ya|the|ur) (?:own )?(?:country"
                + "|came from|jungle|desert|cave|tribe)\\b|\\bgo back home\\b[^.]{0,20}\\b(?:immigrant|foreign"
                + "|paki|refugee)");
        triggers("back");
        rule("coded hate", Label.HATE, 0.8, ProtectedCharacteristic.RACE, "(?=13 )(?<!got |scored |get |only |just |a |of |was |is )\\b13 (?:50|52)\\b(?! (?:on|in|for|marks|points|mark|score))|\\b(?:14 88|1488)\\b"
                + "|\\bwhite genocide\\b|\\bgreat replacement\\b|\\brapefugees?\\b");
        triggers("13 14 1488 genocide replacement rapefugee rapefugees");
        rule("coded hate", Label.HATE, 0.8, ProtectedCharacteristic.TRANSGENDER, "\\b(?:join|go for|become|make it to"
                + "|be part of|be one of|add to|boost) the 41\\b");
        triggers("41");
        rule("coded hate", Label.HATE, 0.8, ProtectedCharacteristic.SEXUAL_ORIENTATION, "\\balphabet (?:mafia|people"
                + "|cult|gang|brigade|lot)\\b");
        triggers("alphabet");
        rule("coded hate", Label.HATE, 0.8, ProtectedCharacteristic.RELIGION, "\\bzog\\b|\\bthe goyim know\\b"
                + "|\\bhappy merchants?\\b");
        triggers("zog goyim merchant merchants");
        rule("monkey taunts", Label.HATE, 0.8, ProtectedCharacteristic.RACE, "\\b(?:monkey|gorilla|banana)(?: (?:monkey|gorilla|banana)){1,}\\b"
                + "|\\b(?:you|your) (?:a |an |fucking |dirty |filthy )*(?:monkey|gorilla|ape) (?:monkey|gorilla"
                + "|banana)\\b");
        triggers("monkey gorilla banana ape");
        rules.stream().filter(r -> r.triggers().isEmpty()).findFirst().ifPresent(r -> {
            throw new IllegalStateException("the rule \"" + r.name() + "\" has no trigger words");
        });
    }

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

    private void threat(String name, double p, String regex) {
        rule(name, Label.THREAT, p, regex, true, null);
    }

    private void hate(String name, double p, String regex) {
        rule(name, Label.HATE, p, regex, true, null);
    }

    private void rule(String name, Label label, double p, ProtectedCharacteristic fixed, String regex) {
        rule(name, label, p, regex, true, fixed);
    }

    private void rule(String name, Label label, double p, String regex, boolean negatable,
                      ProtectedCharacteristic fixed) {
        rules.add(new Rule(name, label, p, Pattern.compile(regex), negatable, fixed, List.of(),
                regex.contains(GroupNames.GROUP) || regex.contains(GroupNames.MEMBER), null));
    }

    /**
     * Sets the trigger words of the rule just added: groups separated by " + ", each of which the text must hold
     * one word of. IDENT stands for the words of group names and members' words ({@link GroupNames#triggerWords}).
     */
    private void triggers(String groups) {
        List<Set<String>> all = new ArrayList<>();
        for (String group : groups.split(" \\+ ")) {
            Set<String> set = new HashSet<>();
            for (String w : group.split(" ")) {
                if (w.equals("IDENT")) {
                    set.addAll(groupWords);
                } else {
                    set.add(w);
                }
            }
            all.add(Set.copyOf(set));
        }
        Rule last = rules.remove(rules.size() - 1);
        if (!last.triggers().isEmpty()) {
            throw new IllegalStateException("the rule \"" + last.name() + "\" already has its trigger words");
        }
        rules.add(new Rule(last.name(), last.label(), last.p(), last.pattern(), last.negatable(), last.fixed(),
                List.copyOf(all), last.grouped(), last.also()));
    }


    private static boolean triggered(List<Set<String>> groups, Set<String> words) {
        for (Set<String> g : groups) {
            boolean any = false;
            for (String w : words) {
                if (g.contains(w)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The distinct words of a text (multi-word normal forms split). */
    public static Set<String> words(NormalisedText text) {
        Set<String> words = new HashSet<>();
        for (Token t : text.tokens()) {
            if (t.word()) {
                String n = t.norm();
                if (n.indexOf(' ') < 0) {
                    words.add(n);
                } else {
                    words.addAll(List.of(n.split(" ")));
                }
            }
        }
        return words;
    }

    /** Every rule and word-list hit in the text, with the excusing contexts already applied to each p. */
    public Hits hits(NormalisedText text) {
        String s = text.normal();
        List<int[]> excused = null;
        List<int[]> games = null;
        List<int[]> trivial = null;
        Boolean joking = null;
        List<Hit> hits = new ArrayList<>();
        Set<String> words = words(text);
        String marked = null;
        for (Rule rule : rules) {
            if (!triggered(rule.triggers(), words)) {
                continue;
            }
            if (rule.grouped() && marked == null) {
                marked = groups.marked(s);
            }
            Matcher m = rule.pattern().matcher(rule.grouped() ? marked : s);
            while (m.find()) {
                double p = rule.p();
                if (rule.negatable() && excuses.negated(s, m.start(), rule.label())) {
                    p *= 0.15;
                }
                excused = excused != null ? excused : excuses.excusedRegions(s);
                if (Excuses.inside(excused, m.start())) {
                    p *= 0.2;
                }
                if (rule.label() == Label.THREAT) {
                    joking = joking != null ? joking : excuses.banter(s);
                    p *= joking ? 0.5 : 1;
                    games = games != null ? games : excuses.games(s);
                    if (games.stream().anyMatch(g -> Excuses.sameSentence(s, g[0], m.start()))) {
                        p *= 0.2;
                    }
                    trivial = trivial != null ? trivial : excuses.trivialCauses(s);
                    if (trivial.stream().anyMatch(t -> Excuses.sameSentence(s, t[0], m.start()))) {
                        p *= 0.5;
                    }
                }
                String matched = s.substring(m.start(), m.end());
                ProtectedCharacteristic c = rule.fixed() != null ? rule.fixed() : groups.groupIn(matched);
                c = c != null ? c : groups.memberIn(matched);
                hits.add(new Hit(rule.label(), p, c, m.start(), m.end(), rule.name()));
                if (rule.also() != null) {
                    hits.add(new Hit(rule.also(), p, c, m.start(), m.end(), rule.name()));
                }
                if (rule.label() == Label.THREAT && c != null) {
                    hits.add(new Hit(Label.HATE, p, c, m.start(), m.end(), rule.name()));
                }
            }
        }
        List<int[]> reclaimedOrHomonym = null;
        int offset = 0;
        for (Token t : text.tokens()) {
            int from = offset;
            offset += t.norm().length() + 1;
            if (!t.word()) {
                continue;
            }
            Lexicon.Slur slur = lexicon.slur(t.norm());
            if (slur != null && reclaimedOrHomonym == null) {
                reclaimedOrHomonym = excuses.reclaimedOrHomonyms(s);
            }
            if (slur != null) {
                excused = excused != null ? excused : excuses.excusedRegions(s);
            }
            if (slur != null && !Excuses.inside(reclaimedOrHomonym, from)) {
                boolean directed = directedBefore.matcher(s.substring(Math.max(0, from - 24), from)).find()
                        || text.tokens().stream().filter(Token::word).count() <= 2;
                if (!slur.directedOnly() || directed) {
                    double p = Excuses.inside(excused, from) || excuses.negated(s, from, Label.HATE) && !directed ? 0.2 : 0.9;
                    hits.add(new Hit(Label.HATE, p, slur.characteristic(), from, from + t.norm().length(),
                            "slur"));
                }
            }
            Lexicon.Profanity word = lexicon.profanity(t.norm());
            if (word != null && word.directedOnly() && !aimedInsult(s, from, text)) {
                word = null;
            }
            if (word != null) {
                excused = excused != null ? excused : excuses.excusedRegions(s);
                double p = Excuses.inside(excused, from) ? word.weight() * 0.3 : word.weight();
                hits.add(new Hit(Label.OFFENSIVE, p, null, from, from + t.norm().length(), "profanity"));
            }
        }
        return new Hits(hits, excused);
    }

    /** True for a swear word that intensifies rather than insults ("fucking brilliant", "so damn good"). */
    public boolean intensifier(String word) {
        return INTENSIFIERS.contains(word);
    }

    /** True when the text holds a negation ("not", "never", "don't"...). */
    public boolean negated(NormalisedText text) {
        return !java.util.Collections.disjoint(words(text), NEGATIONS);
    }

    /**
     * True when an everyday word that insults only when aimed at someone ("cow", "snake") appears without being
     * aimed ("there's a cow in the road"): whatever made the learned models suspicious is probably that word.
     */
    public boolean unaimedInsultWord(NormalisedText text) {
        String s = text.normal();
        int offset = 0;
        for (Token t : text.tokens()) {
            int from = offset;
            offset += t.norm().length() + 1;
            Lexicon.Profanity w = t.word() ? lexicon.profanity(t.norm()) : null;
            if (w != null && w.directedOnly() && !aimedInsult(s, from, text)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text speaks of people in the plural ("some managers round here are ...", "the lads were"). */
    public boolean aboutAGroup(String normal) {
        return pluralSubject.matcher(normal).find();
    }

    /** True when the text is addressed to someone: "you", "your", an @mention. */
    public boolean secondPerson(String normal) {
        return secondPerson.matcher(normal).find();
    }

    /** True when an insult is aimed straight at the reader ("you absolute melt", "ur a twat", "filthy whore, ..."). */
    public boolean directInsult(String normal) {
        return insultAfterYou(normal, false) || vocativeInsult(normal);
    }

    /** True when any insult, mild ones too, follows "you" ("you absolute melt", "ur an idiot"): it is aimed. */
    public boolean insultsReader(String normal) {
        return insultAfterYou(normal, true);
    }

    private boolean insultAfterYou(String normal, boolean mildToo) {
        Matcher m = directInsult.matcher(normal);
        while (m.find()) {
            String last = normal.substring(m.start(), m.end());
            String word = last.substring(last.lastIndexOf(' ') + 1);
            Lexicon.Profanity insult = lexicon.profanity(word);
            if (insult != null && (insult.strong() || mildToo) && !INTENSIFIERS.contains(word)
                    || lexicon.slur(word) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an everyday word that insults only when aimed at someone ("cow") is aimed: after "you", "you're a",
     * "she's a", an insulting adjective ("greedy cow") or another insult, or as (nearly) the whole message.
     */
    private boolean aimedInsult(String s, int from, NormalisedText text) {
        String before = s.substring(Math.max(0, from - 30), from);
        if (insultBefore.matcher(before).find() || text.tokens().stream().filter(Token::word).count() <= 2) {
            return true;
        }
        String[] words = before.trim().split(" ");
        Lexicon.Profanity previous = lexicon.profanity(words[words.length - 1]);
        return previous != null && !previous.directedOnly();
    }

    /**
     * True when a clause is a bare insult, which is said to the reader: "filthy whore, I'd rather die", "stupid
     * bitch." (a strong insult or a slur ending a clause of at most four words, none of which puts it in the third
     * person, and not a plural).
     */
    private boolean vocativeInsult(String normal) {
        for (String clause : normal.split(" [.,!?;:] ")) {
            String[] words = clause.trim().split(" ");
            if (words.length == 0 || words.length > 4) {
                continue;
            }
            String last = words[words.length - 1];
            Lexicon.Profanity insult = lexicon.profanity(last);
            boolean plural = last.endsWith("s") && (lexicon.profanity(last.substring(0, last.length() - 1)) != null
                    || lexicon.slur(last.substring(0, last.length() - 1)) != null);
            boolean third = java.util.Arrays.stream(words).anyMatch(THIRD_PERSON::contains);
            if (!plural && !third && (insult != null && insult.strong() && !insult.directedOnly()
                    && !INTENSIFIERS.contains(last) || lexicon.slur(last) != null)) {
                return true;
            }
        }
        return false;
    }

    /** True when laughter and affection together suggest banter between friends ("you're a twat lol love ya x"). */
    public boolean banter(String normal) {
        return excuses.banter(normal);
    }

    /** The protected characteristic of the first group named in {@code s} (normalised text), or null. */
    public ProtectedCharacteristic identityIn(String s) {
        return groups.groupIn(s);
    }

    /**
     * Regions where abusive-looking words are not abuse: quoted, reported or countered abuse, negated threats,
     * reclaimed words and harmless homonyms ("out for a fag"). The learned model's score is discounted when most
     * of its evidence lies in them.
     */
    public List<int[]> harmlessRegions(NormalisedText text, Hits hits) {
        String s = text.normal();
        Set<String> words = words(text);
        List<int[]> out = new ArrayList<>(hits.excused() != null ? hits.excused() : excuses.excusedRegions(s));
        if (words.stream().anyMatch(w -> lexicon.slur(w) != null)) {
            out.addAll(excuses.reclaimedOrHomonyms(s));
        }
        if (!java.util.Collections.disjoint(words, NEGATIONS)) {
            out.addAll(excuses.negatedHarm(s));
        }
        out.addAll(excuses.idioms(s));
        for (Hit h : hits.list()) {
            if (h.label() != Label.OFFENSIVE && h.p() < Classification.THRESHOLD) {
                out.add(new int[] {Excuses.sentenceStart(s, h.from()), h.to()});
            }
        }
        return out;
    }

}

package org.malcomms.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The rules for threats of death, violence or serious harm, and for threats to share intimate images. */
final class ThreatRules {
    /**
     * What may follow a word for a person when it names the person, not a thing of theirs: an end, or a word that is
     * not a noun ("the next Jew I see", "bankers should", "the gay man who", "all bankers killed"), not "the gay bar"
     * or "the students union".
     */
    private static final String PERSON_ENDS = "(?= *$| *[.,!?;:]| (?:i|i'll|i'm|me|my|you|your|he|she|they|them|we|us"
            + "|our|it|who|that|which|like|in|on|at|from|of|by|near|round|around|outside|inside|across|and|or|but|if"
            + "|when|whenever|while|till|until|unless|because|so|as|than|next|tonight|tomorrow|today|now|again|ever"
            + "|for|with|without|to|before|after|this|these|those|here|there|myself|ourselves|personally|lol|mate|half"
            + "|every|each|any|whenever|soon|yet|already|later"
            + "|black"
            + "|senseless|within|dead|alive|out|up|down|over|off|under|into|onto|through|all|both|too|first|one|once"
            + "|should|shall|will|would"
            + "|must|need"
            + "|needs|ought|deserve|deserves|are|is|were|was|be|been|get|gets|got|can|could|have|has|had|don't|won't"
            + "|can't|aren't|isn't|shot|hung|burnt|beaten|slain|strung|wiped|[a-z]+ed|suffer|burn|die|bleed|hang|rot"
            + "|drown|pay|gather|meet|live|pray|worship|go|stay|drink|work|shop|sleep|slowly|painfully|a)\\b)";
    /**
     * What may not follow "women", "men" or "boys" where they name people as the object of a threat: a noun they
     * qualify ("women's football", "the men's team", "girls night") or a possessive.
     */
    private static final String SEXES_END = "(?!'|s\\b| (?:football|team|teams|rights|league|cup|world cup|side|match"
            + "|matches|game|games|day|health|refuge|refuges|shelter|shelters|group|groups|march|institute|section"
            + "|toilets?|loos?|changing rooms?|clothing|fashion|magazines?|wear|shoes|prisons?|wards?|hockey|rugby"
            + "|cricket|netball|tennis|golf|sports?|squad|night|nights|night out|trip|holiday|chat|weekend|room|rooms"
            + "|shed|club|clubs|choir|bathroom|size|sizes|singles|doubles|final|finals|race|races|event|events|school"
            + "|schools|college|magazine|lib|liberation|issues|aid|circle|only|team's)\\b)";
    /** People named by what they do, believe or are (lexicon/people.txt): "banker", "the next politician". */
    private static final String ROLE = alternation(Lexicon.standard().people().keySet());
    /** The same in the plural, naming people and not a thing of theirs: "traffic wardens should", not "bankers' bonuses". */
    private static final String ROLES = alternation(Lexicon.standard().people().values()) + PERSON_ENDS;
    /** Words for people after "the", "that", "every"...: "the next one", "that bloke", "every last one". */
    private static final String PERSON_NOUN = "(?:one|ones|bloke|blokes|guy|guys|lad|lads|man|men|woman|women|girl"
            + "|girls|boy|boys|kid|kids|child|children|driver|owner|bitch|bitches|cunt|cunts|prick|pricks|twat|twats"
            + "|bastard|bastards|wanker|wankers|dickhead|dickheads|fucker|fuckers|knobhead|idiot|idiots|slag|slut"
            + "|whore|family|lot|fella|geezer|mate|ex|prat|nonce|snitch|scumbag|scumbags|person|people|dog|dogs|cat"
            + "|cats|mutt|horse|puppy|kitten|pet|pets|" + ROLE + PERSON_ENDS + "|" + ROLES + ")";
    /** What a threat is done to: a body, a home or someone close ("your face", "his car", "your mum"). */
    private static final String BELONGING = "(?:face|head|heads|ed|heid|heed|ears?|lips|tongue|boy|girl|lad|lass|legs|leg|arms|arm|neck|kneecaps|knees|throat|teeth"
            + "|throats|jaw|skull|nose|ribs|back|fingers|hands|eyes|brains|body|house|home|flat|car|van|windows|door"
            + "|kids|children|family|mum|mother|dad|father|wife|husband|girlfriend|boyfriend|missus|dog|cat|brother"
            + "|sister|son|daughter|baby|nan|life|shop|business|grave|puppy|kitten|pets|horse|flat|flats|homes|houses"
            + "|cars|shops|salon|pub|caravan|caravans)";
    /** A group's places, attacked for the group: "that gypsy camp", "the Hindu temple". */
    private static final String PLACE = "camp|site|shop|shops|house|houses|home|homes|mosque|temple|church"
            + "|synagogue|gurdwara|centre|club|bar|pub|school|family|families";
    /**
     * Whom a threat is aimed at: a person ("you", "him", "that bloke", "the next one", "every last one", a name),
     * or someone's body, home or family ("your face", "his car", "dave's kids"). Not a thing ("the washing", "the
     * grass", "your keys"), so "I'll hang the washing out" is not a threat.
     */
    private static final String PERSON = "(?:you|him|them|y'all|yourself|yourselves|everyone|everybody|anyone"
            + "|anybody|@user|her(?! (?!" + BELONGING + ")[a-z]+)|(?:all|each|every one|some|one|any) of (?:you|them"
            + "|yous)"
            + "|you all|yous|(?:the )?both of (?:you|yous|them)|the pair of (?:you|yous|them)|the lot of (?:you|yous)"
            + "|every (?:last |single )?one|every (?:single )?(?:bone|finger|rib|tooth|limb)"
            + "|(?:your|ur|his|her|their|(?:(?:that|the|this|your|ur|his|her|their) (?:[\\w']+ ){0,2}?)?[a-z]+'s)"
            + " (?:[\\w']+ )?" + BELONGING
            + "|(?:the|that|this|those|these|every|any|each|all the|the next|some) (?:\\w+ )?" + PERSON_NOUN
            + "|(?:that|the) (?:\\w+ ){0,2}\\w+ of (?:yours|his|hers|theirs)"
            + "|(?!(?:the|a|an|some|this|that|these|those|your|ur|his|her|their|my|our|it|its|up|down|over|out|in"
            + "|on|off|at|to|for|with|all|every|each|any|no|one|two|time|things?|stuff|something|everything"
            + "|anything|nothing|news|ball|grass|job|exam|test|gym|game|match|deal|contract|record)\\b)[a-z]+"
            + "(?= *$| *[.,!?]| (?:and|if|when|or|for|next|tomorrow|tonight|later|now|today|mate|innit|i|you)\\b))";
    private static final String ADV = "(?: (?:fucking|literally|actually|really|just|so|definitely|honestly|happily"
            + "|gladly"
            + "|personally|seriously|proper|(?:come|go|drive|get|turn up|show up|pop|head|wait for (?:you|u|ya))"
            + " (?:[a-z0-9']+ ){0,5}?and|fucken"
            + "|bloody|(?:go and )?(?:find|drag|grab"
            + "|catch) (?:[a-z0-9']+ ){1,8}?and))*";
    private static final String SUBJ = "(?:\\b(?:i|we) (?:will|shall|am going to|are going to|want to|plan to|intend to"
            + "|mean to"
            + "|am about to|am planning to"
            + "|are planning to"
            + "|are about to|am coming to|are coming to)|\\b(?:i'll|we'll|ill|i'm going to|we're going to|i'm about to"
            + "|i'm coming to|i'd|i would|i could|i swear i'll|i'm gunna|i'm gonna|i'm planning to|we're planning to"
            + "|i'd happily|i'd love to|i would love to|watch me|can't wait to|cant wait to)|\\bgoing to"
            + "|\\b(?:coming|driving|heading|travelling|popping) (?:round|over|down|up|back|across|through|into)"
            + "(?: [a-z0-9']+){0,4}?"
            + " to|\\b(?:is|'s) the (?:day|moment|minute|night) (?:i|we)|\\bbefore (?:i|we))";
    /** Breaking the bones of people: "break the legs of", "smash the skull of the first one I meet". */
    private static final String BREAK_BONES = "(?:break|smash|snap|crack|cave in|stamp on) the (?:legs|necks?|arms"
            + "|bones|jaws?|skulls?|heads?|faces?|teeth|spines?|ribs|kneecaps) of";
    /** What is done to someone in a fight, said of them: "you're getting shanked", "you'll get leathered". */
    private static final String WOUNDED = "(?:stabbed|battered|done in|merked|shanked|glassed|bottled|slashed|kicked in"
            + "|deaded|leathered|lamped|knifed|bladed|chinned|bodied)";
    static final String HARM_VERB = "(?:kill|murder|stab|shank|shoot|hurt|batter|strangle|choke|drown|bury|gut|disembowel"
            + "|hospitalise|hospitalize|wallop|thump|clobber|pummel|throttle|knack|bray|chib|skin(?= \\w+ alive)|gouge"
            + "|burst(?= (?:your|ur|his|her) (?:face|head|nose|mouth|lip)\\b)|wet(?= (?:you|him|her|them) up)|bite(?= (?:your|ur|his|her) (?:\\w+ )?(?:ears?|nose|lips?|fingers?)\\b)"
            + "|glass|torture|rape|lynch|behead|butcher|slaughter|execute|merk|murk|gas|hang|punch|slap|kick|bash|stone"
            + "|deck|lamp|twat|chin|smash|mash|hit(?! (?:you|ya) up)|exterminate|kidnap|poison|burn|torch|firebomb"
            + "|petrol bomb|bomb|blow up|wipe out|eradicate|massacre|cut|slit|knife|destroy|end|ruin"
            + "|find(?= (?:you|u|ya|him|her|them|yous|y'all"
            + "|your|ur|his|their|every)\\b)|hunt down|come for|track down"
            + "|beat up|(?:beat|kick) the (?:shit|crap|hell|living daylights) out of|(?:beat|kick) (?:the )?(?:fuck"
            + "|fucking) out of|fuck up|mess up|sort out|do in"
            + "|run over|set fire to|break|snap|knock out|rip apart|cave in|smash up|poison|slash|slice|carve up|cut up"
            + "|wring|finish|stamp on|headbutt|bottle|jump|leather|curb stomp|maim|cripple|mow down|run down|string up"
            + "|acid|snatch|abduct|(?:choke|squeeze|knock|beat|kick) the (?:life|stuffing) out of"
            + "|put (?:a|one|two) (?:bullet|bullets|round|rounds|brick|knife|blade) (?:in|into|through)(?: the (?:skull"
            + "|head"
            + "|face|chest|heart|neck|back) of)?|(?:slit|cut) the throats? of"
            + "|" + BREAK_BONES + "|gun down|take (?:a|my) (?:baseball )?(?:bat"
            + "|hammer|machete|crowbar|golf club|knife) to|key(?= (?:your|his|her|their|that|the) (?:\\w+ )?(?:car"
            + "|van|motor)))";
    /** Harm done to one person, in the base form: each is put in the form a frame needs ("I'm breaking your legs"). */
    private static final String PERSON_HARM = "(?:kill|murder|stab|shank|knife|shoot|batter|strangle|choke|glass"
            + "|bottle|leather|break|snap|smash|kick|punch|rearrange|burn|torch|slash|hurt|deck|lamp|chin|twat|bury"
            + "|drown|finish|end|stamp on|snatch)";
    /** The words {@link #HARM_VERB}'s phrases open with, and the weapons of some: a rule on them runs only then. */
    private static final String HARM_WORDS = "gun stone kill murder stab shank shoot hurt batter strangle choke drown"
            + " gut disembowel hospitalise hospitalize wallop thump clobber pummel throttle knack bray chib skin gouge wet bite burst"
            + " bury glass torture rape lynch behead butcher slaughter execute merk murk gas hang punch slap kick bash"
            + " deck lamp twat chin smash hit exterminate kidnap poison burn torch firebomb petrol bomb blow cut slit"
            + " knife destroy end ruin find hunt come track beat fuck mess sort do run set break snap knock rip cave"
            + " slash slice carve wring finish stamp headbutt bottle jump leather key curb maim cripple mow bullet"
            + " bullets rounds bat hammer machete crowbar club wipe eradicate massacre crack string brick blade acid"
            + " snatch abduct squeeze";
    /**
     * Insults and words for people in the plural ("those sluts", "kids"), or their places of worship, for threats at a
     * whole group that is neither protected nor named by a role: not "hang all the posters" or "kill all the flies".
     */
    private static final String PEOPLE = "(?:sluts|slags|bitches|whores|cunts|twats|pricks|libtards"
            + "|scrotes|scallies|roasties|kids|children|people|folk|mosques|synagogues|temples|churches|gurdwaras)";
    /**
     * Slurs for people of a protected group, in the plural ("those dykes", "the pakis"), as whom a threat is aimed
     * at; the slur rules read them as hate.
     */
    private static final String SLURRED = "(?:dykes|pakis|pakkis|pikeys|poofs|poofters|yids|kikes|chinks"
            + "|gooks|wogs|coons|spics|faggots|spazzes|spazzers|spastics|mongs|muzzies|muzzrats|lezzas|lezzers|queers"
            + "|trannies|niggers|niggas|gyppos|ragheads|towelheads|darkies|retards)";
    /** Intimate images: "your nudes", "the sex tape", "those pics of you in your underwear", "deepfake nudes". */
    static final String INTIMATE = "\\b(?:nudes?|sexts?|sex tapes?|sex vid(?:eo)?s?|(?:naked|nude|topless|intimate|(?:your|ur)"
            + " private|dirty|spicy|explicit|sexy|sex|bare|titty|tit|boob|x-rated|revealing|bedroom) (?:\\w+ )?(?:pics?"
            + "|pictures?|photos?"
            + "|snaps?|selfies?|images?|videos?|vids?|footage|recordings?)|(?:pics?|pictures?|photos?|snaps?|selfies?"
            + "|images?|videos?|vids?|footage|recording|deepfakes?)(?: of (?:you|u|us|ya|yourself"
            + "|urself))?(?: [a-z'-]+){0,4}?"
            + " (?:naked|nude|topless|in (?:your|ur|the|that|those|a) (?:\\w+ )?(?:underwear|undies|pants|boxers|bra"
            + "|knickers|lingerie|shower|bath)|on (?:cam|webcam)|in bed|having sex|touching (?:yourself|urself)|wanking"
            + "|with no (?:clothes|bikini|bra|top"
            + "|knickers)|with nothing on|no clothes on|sucking|see-through)|(?:recorded|filmed|videoed|screenshotted)"
            + " you (?:\\w+ ){0,4}(?:touching|naked|wanking|in the shower|having sex)|what you look like (?:naked"
            + "|with nothing on|without clothes)|(?:your|ur) (?:tits|boobs|titties|nips|naked body)|(?:ai|deepfake"
            + "|fake) nudes?|pornhub|xvideos|onlyfans|porn sites?|revenge (?:porn )?sites?|(?:screen ?recorded|recorded"
            + "|filmed) (?:our|the|you on|you on our|you on the) (?:video call|facetime|cam|webcam|call))\\b";
    /**
     * What makes talk of intimate images a threat to share them: intent, a condition, a price or a deadline, an
     * audience that will see them ("or your nudes go to all your followers", "be a shame if your dad saw them").
     */
    static final String COERCION = "\\b(?:(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|gonna|going to"
            + "|i swear i'll|i might|might just|shall i) (?:\\w+ ){0,2}(?:post|share|leak|upload|put|spread|forward"
            + "|publish|email|airdrop|print|stick|tag|make|(?:show|send) (?!(?:you|u|ya|me)\\b))|i'm (?:posting"
            + "|uploading|sending|putting|printing|sharing)|could happen"
            + "|or (?:i|i'll|else|your|ur|the|they|it|everyone)|otherwise|unless (?:you|u)|if (?:you|u) (?:don't|dont"
            + "|leave|report|block|dump|tell|ignore|go|cheat|stop)|(?:pay|send|transfer) me (?:£|\\$|\\d)|(?:pay|send"
            + "|transfer) (?:£|\\$)?\\d+\\w* (?:to|in|into|by|or|within)|bitcoin|btc"
            + "|paypal|last chance|one more word|(?:you've|youve|you have) got (?:\\d+|till|until|one|an|24)|by"
            + " (?:midnight|tonight|tomorrow|friday)|till (?:friday|tomorrow|tonight|midnight)|shame if|imagine (?:your"
            + "|ur)|regret|choose wisely|ready to (?:go|send)|in a folder|keep (?:ignoring|blanking|ghosting)|block"
            + " me|blocking me|drop the|don't make me|dont make me|be nice to me|do exactly what i say|easy to find"
            + "|want (?:your|ur) (?:\\w+ ){1,2}kept|(?:everyone|everybody|the whole \\w+|the world)(?:'s"
            + "| is)? (?:\\w+ ){0,2}"
            + "(?:will|going to|gonna|are going to|gets|get|sees|see)|(?:your|ur) (?:\\w+ )?(?:mum|mom|dad|parents"
            + "|boss|boss's|manager|family|friends|followers|colleagues|husband|wife|bf|gf|boyfriend|girlfriend|ex"
            + "|sister"
            + "|brother|church|work|contacts|contact list)(?:'s)? (?:\\w+ ){0,2}(?:will|would|gets?|is going to|gonna"
            + "|saw|see|sees|opening|doesn't know)|(?:go|goes|going|gets? sent|end up|ends up|get posted"
            + "|gets posted) (?:to"
            + "|on|in|round|around|everywhere|viral|public|live|online)|(?:dump|leave|block|report|ignore|cheat on"
            + "|unfriend|unfollow|ghost) me and)\\b";
    /** A threat to share intimate images: one within 150 characters of coercion, either way round. */
    static final String INTIMATE_THREAT = "(?:" + COERCION + ").{0,150}?(?:" + INTIMATE + ")|(?:" + INTIMATE
            + ").{0,150}?(?:" + COERCION + ")";
    /** Who exposure is threatened to: someone close to the reader, their work or school, or everyone. */
    private static final String AUDIENCE = "(?:(?:your|his|her|their|your \\w+'s) (?:\\w+ ){0,2}?(?:boss|wife|husband"
            + "|missus"
            + "|mrs|mum|mom|mother|dad|father|parents|family|sister|brother|girlfriend|boyfriend|gf|bf|partner|fiance"
            + "|fella|bloke|man|other half|lad"
            + "|fiancee|employer|manager|work|job|office|church|mosque|school|college|uni|headteacher|teacher|clients"
            + "|customers|followers|contacts|friends|mates|relatives|kids|probation officer|ex|colleagues|team|hr"
            + "|linkedin|facebook|insta|instagram|tiktok|year group|class|congregation|neighbours|landlord|in-laws"
            + "|son|daughter|nan|grandparents|sixth form|form|company|firm|coach|cousins|whatsapp|group chat)|everyone"
            + "|every1|everybody|every (?:single )?(?:one|contact|person)|everywhere|online|the (?:papers|press|news)"
            + "|the (?:[\\w']+ ){0,2}?(?:group chat|family chat|chat|gc|whatsapp|server)"
            + "|all (?:\\d+ )?(?:of )?your (?:\\w+ )?(?:contacts|followers|friends|relatives|mates|family)|the whole"
            + " (?:\\w+ )?(?:village|estate|town|street|school|college|uni|family|world|internet|group|year|office"
            + "|church|class|team|company|firm)|every (?:local )?(?:group|forum|page|site)|the (?:town |local "
            + "|community |village )?"
            + "(?:facebook|page|forum)|facebook|youtube|pornhub|onlyfans|tiktok|4chan|telegram|hr|the internet)";
    /**
     * The harm of an exposure threat: an audience that will see or learn something ("your boss gets the
     * screenshots", "your church finds out"), something sent or told to an audience ("i send everything to your
     * wife"), or material going to one ("the recording goes to all your followers").
     */
    private static final String EXPOSED = "(?:" + AUDIENCE + "(?: [a-z'0-9]+){0,5}? (?:sees?|will see|gets? told"
            + "|will be told|gets?|will get"
            + "|is getting|are getting|getting|finds? out|will find out|will know|knows?|(?:is|are)? ?gonna know"
            + "|hears?|will hear|will be reading|be reading|will love|gonna love)\\b"
            + "|\\b(?:sent|(?<!\\b(?:you|u) )(?<!\\b(?:you|u) (?:don't|dont|won't|wont|didn't|should|must|can|could"
            + "|to|keep|kept|ever|start|stop) )(?:send|sending|show"
            + "|showing|forward|forwarding|post|posting|upload|uploading|share|sharing|leak|leaking|publish"
            + "|publishing|email|emailing|tag|tagging|print|printing|drop|dropping|hit send|tell|telling|ring|go to"
            + "|message))(?: [a-z@'0-9]+){0,6}?"
            + " (?:to |on |with |in )?" + AUDIENCE + "|\\b(?:it|it's|its|they|they're|them|the \\w+|that \\w+|these"
            + "|those|your \\w+(?: \\w+)?) (?:\\w+ ){0,2}?(?:go|goes|going|gets? sent|gets? posted|ends? up|on"
            + "|all over)"
            + " (?:out )?(?:(?:to|on|round|around|in) )?(?:\\w+ ){0,2}?" + AUDIENCE + "|\\b(?:she|he|they|she'll|he'll"
            + "|they'll) (?:will )?(?:finds? out|know|knows|sees?|gets? told|gets? (?:the lot|everything|it all))\\b"
            + "|\\b(?:tell|telling|show|showing) [a-z]+ (?:about (?:you|u|what you)|what (?:you|u) (?:did|said|do"
            + "|get up to)))";
    /** Trigger groups of {@link #EXPOSED}: an audience word, then a word of seeing, getting, sending or telling. */
    private static final String EXPOSED_TRIGGERS = " + your his her their everyone every1 everybody every all whole"
            + " facebook youtube pornhub onlyfans tiktok 4chan telegram hr internet town local community village + see"
            + " sees gets get told finds find know knows hears hear reading love send sending sent show showing"
            + " forward forwarding post posting upload uploading share sharing leak leaking publish publishing email"
            + " emailing tag tagging print printing drop dropping hit tell give go goes going ends end on over";
    /**
     * What a threat to expose reveals even with no condition attached: secrets and private messages ("what you
     * did", "everything", "your dms"), not ordinary photos or videos ("the photos from the fete").
     */
    private static final String SECRETS = "(?:(?:your|all your|all the|the|our|every) (?:\\w+ )?(?:screenshots?"
            + "|messages?|texts?|dms|chats?|chat logs|convo|conversations?|voice notes?|secrets?)|everything|the lot"
            + "|all of it|it all|what (?:you|u) (?:did|said|are|do|get up to|have been|'ve been|really are)|the truth"
            + "|who (?:you|u) really (?:are|is)|about (?:you|u|the affair|your \\w+|what you))";
    /**
     * What turns exposure into a threat: a condition, a demand, a price or a deadline ("if you leave me", "pay
     * up", "£500", "by friday", "one more word"). A bare "or" counts only just before the exposure.
     */
    private static final String LEVERAGE = "\\b(?:if (?:you|u) (?:don't|dont|won't|wont|refuse|can't|cant|leave|go"
            + "|report|block|dump|tell|ignore"
            + "|take|try|stop|walk|break|keep|unfriend)|unless|otherwise|(?:pay|send|transfer|cash ?app|paypal)"
            + " (?:me|up|the \\d|\\d)|\\d+ ?(?:quid|k|grand|pounds)|bitcoin|btc|gift cards?|vouchers|(?:you've|youve"
            + "|you have) (?:got )?(?:\\d+|one|an|till|until)|by (?:midnight|tonight|tomorrow|friday|monday|sunday"
            + "|\\d+ ?(?:pm|am))|last (?:chance|warning)|one more (?:word|post|review|time)|keep (?:ignoring|pushing"
            + "|reporting|blanking|ghosting|talking)|(?:block|leave|dump|unfriend|ignore|report) me|ignore me again"
            + "|stop answering|walk out|if (?:you|u) do\\b"
            + "|break up|drop the|stop talking|do (?:what i say|as (?:your|you're) told)|kept (?:quiet|private)"
            + "|costs|nobody has to know|safe with me|say (?:one|a) word|take me back|unblock me|carry on with|drop the"
            + " \\w+|within \\d+|\\d+ (?:hours?|mins?|minutes?)|deadline|(?:money|what) (?:you|u) owe)\\b";
    /**
     * A threat to expose someone with "or" just before the exposure ("pay up or your boss gets the screenshots"),
     * or a promise to tell or send their secrets to those close to them ("i'll send your dms to your girlfriend").
     */
    static final String EXPOSURE_THREAT = "\\b(?:or|otherwise|unless|else)(?: [a-z'0-9]+){0,3}? " + EXPOSED
            + "|\\b(?:i'll|ill|i will|i'm going to|i'm gonna|im gonna|gonna|i'll make sure) (?:\\w+ ){0,2}?(?:tell"
            + "|show|send|forward|post|email|give) (?:" + AUDIENCE + " " + SECRETS + "|" + SECRETS
            + "(?: [a-z']+){0,4}? (?:to|with) " + AUDIENCE + ")";
    /** Where someone lives or works: "his postcode", "she lives above the chippy", "27 Hollins Lane". */
    private static final String WHEREABOUTS = "\\b(?:(?:your|his|her|their) (?:\\w+ ){0,2}?(?:address|postcode|reg"
            + "|house"
            + "|new place|location)|(?:he|she|they|you) (?:lives?|works?) (?:at|above|on|in|near|down)"
            + "|where (?:[a-z'-]+"
            + " ){0,3}?(?:lives?|works?)|found (?:your|his|her) (?:house|new place|address)|pinned (?:your|his|her)"
            + " house|\\d+ [a-z]+ (?:road|street|lane|avenue|close|drive|way|crescent))\\b";
    /** A threat to publish where someone lives or works, or who they are, so that others come for them. */
    static final String DOXXING = "\\b(?:your|your \\w+'s) (?:home |real |full |work |house )?(?:address"
            + "|postcode|phone number|number|workplace|location|real name|shift times|car reg)\\b[^.]{0,40}?\\b(?:(?:is"
            + " |are )?going (?:up|on|live|out)|goes (?:up|on)|online|on (?:\\w+ ){0,2}?(?:4chan|facebook|page|forum"
            + "|group|telegram|twitter|insta|site|every)|everywhere|for everyone|to everyone|public)\\b|\\b(?:post"
            + "|posting|share|sharing|publish|publishing|drop|dropping|give|giving|put|putting|leak"
            + "|leaking)(?: \\w+){0,2}?"
            + " (?:everyone |all )?your (?:\\w+ )?(?:home |real |full )?(?:address|postcode|phone number|number and"
            + " address|workplace|real name|location)\\b[^.]{0,30}?\\b(?:online|on \\w+|everywhere|for everyone"
            + "|to everyone|public|in the \\w+)|\\b(?:publish|tell everyone|give everyone|share|shared|post|posting"
            + "|sharing)\\b(?: \\w+){0,4}? where (?:you|u) (?:live|work)\\b|\\b(?:everyone|the whole \\w+)"
            + " (?:knows?|will know) (?:where (?:you|u) (?:live|work)|your (?:gym|address|school|workplace))"
            + "|\\bdoxx?(?:ed|ing)? (?:you|u)\\b|^doxx?ed\\b|\\b(?:post|posting|publish|publishing|leak|leaking"
            + "|put up|putting up|put out|putting out)(?: \\w+){0,2}? (?:your|his|her) (?:\\w+ )?(?:home |real |full "
            + "|new )?"
            + "(?:address|postcode|phone number|location|house|real name|workplace)\\b|(?:" + WHEREABOUTS + ").{0,80}?"
            + "\\b(?:sharing|shared|posting|posted|sent|sending|giving|putting) (?:it |this |them )?(?:with|to|in|on)"
            + " (?:the|my|everyone|all|every)\\b|(?:" + WHEREABOUTS + ").{0,80}?\\b(?:go (?:and )?(?:get|round|see)"
            + "|make (?:his|her|their|your) life hell|deal with (?:him|her|them)|pay (?:him|her|them) a visit"
            + "|do what (?:you|u) (?:like|want)|have a word|tell (?:him|her|them) what you think|enjoy your visitors)"
            + "|\\blet (?:\\w+ ){1,5}?know (?:\\w+ )?where (?:you|u) (?:are|live|work)\\b";
    /** The past tenses of the verbs of violence that do not add -ed. */
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(Map.entry("shoot", "shot"),
            Map.entry("beat", "beat"), Map.entry("run", "ran"), Map.entry("string", "strung"), Map.entry("blow", "blew"),
            Map.entry("set", "set"), Map.entry("come", "came"), Map.entry("put", "put"), Map.entry("cut", "cut"),
            Map.entry("slit", "slit"), Map.entry("break", "broke"), Map.entry("drive", "drove"),
            Map.entry("hang", "hanged"), Map.entry("burn", "burnt"), Map.entry("find", "found"),
            Map.entry("catch", "caught"), Map.entry("make", "made"), Map.entry("give", "gave"),
            Map.entry("throw", "threw"), Map.entry("stick", "stuck"), Map.entry("leave", "left"),
            Map.entry("take", "took"), Map.entry("deal", "dealt"));
    /** The past participles of the verbs of violence that differ from their past tense. */
    private static final Map<String, String> IRREGULAR_PARTICIPLE = Map.of("throw", "thrown", "drive", "driven",
            "blow", "blown", "beat", "beaten", "run", "run", "break", "broken", "give", "given", "come", "come",
            "take", "taken", "deal", "dealt");
    /** Nouns that make a verb with the word after them ("petrol bomb"): that word is the verb to inflect. */
    private static final Set<String> NOUNS_BEFORE_VERBS = Set.of("petrol");
    /**
     * Killing and grave violence done to a group, in the base form ("kill every", "torture all the", "beat up those"):
     * words with no everyday sense that would take people as their object.
     */
    private static final String KILLING = "(?:kill|murder|shoot|stab|shank|knife|hang|lynch|burn|torch|firebomb|petrol"
            + " bomb|bomb|gas|drown|slaughter|butcher|massacre|exterminate|execute|behead|torture|beat up|batter"
            + "|wipe out|eradicate|string up|run over|mow down|smother|strangle|rape|gun down|kill off)";
    /**
     * Violence done to people, the verb first and its victims after: the killing verbs and more ("poison", "open fire
     * on", "break the legs of"), one list that each frame of {@code violence at a group} puts in the form it needs.
     */
    private static final String VIOLENCE = "(?:" + KILLING.substring(3, KILLING.length() - 1) + "|poison|stone|attack"
            + "|hunt down|come for|open fire on|set fire to|blow up|shoot up|plant a bomb (?:in|under|at)"
            + "|put a bomb (?:in|under|at)|break the (?:legs|bones|necks|arms|skulls|jaws|backs) of"
            + "|smash the (?:skulls|heads|faces) of|cut the throats of|slit the throats of|burn down"
            + "|beat the (?:shit|crap|hell|living daylights) out of|kick the (?:shit|crap|hell|living daylights) out of"
            + "|beat (?:the )?(?:fuck|fucking) out of|kick (?:the )?(?:fuck|fucking) out of"
            + "|hunt|snuff out|aim (?:my|our|their|your|a|the) (?:cars?|vans?|lorry|lorries|trucks?) at"
            + "|plough into|plough straight into|swerve into|swerve straight into|drive into|drive straight into|drive (?:a|my|the) (?:van|car|lorry|truck|bus)(?: straight)? (?:into"
            + "|through)"
            + "|get (?:my|our) hands (?:round|around|on) the throats? of|take out|gut|unalive|do in"
            + "|put (?:a |some )?(?:bullets?|rounds?|a knife|knives|a blade|blades) (?:in|into|through)|hurt"
            + "|take (?:a|my|the) (?:baseball |cricket )?(?:bat|blade|knife|machete|hammer|crowbar|axe|shotgun|gun) to"
            + "|kick (?:the )?(?:heads|faces|teeth) in of"
            + "|throw acid (?:in|on|over|into) the (?:faces|eyes) of|throw acid (?:on|over|at)|chuck acid (?:on|over|at)|fling acid (?:on|over|at)"
            + "|take up arms against|smash in the (?:skulls|heads|faces|teeth) of|cave in the (?:skulls|heads) of"
            + "|put (?:my|our) hands (?:round|around) the throats? of)";
    /** A first step before violence: "hunt down and kill", "round up and shoot". */
    private static final String FIRST_STEP = "(?:hunt down|round up|track down|find|catch|grab|drag out|line up"
            + "|take up arms|tool up)";
    /** Verbs of violence whose victims come before a particle: "beat them up", "hunt them down", "run them over". */
    private static final String VIOLENCE_PARTICLE = "(?:beat|string|blow|hunt|mow|run|gun|wipe|burn)";
    /** Verbs of violence whose victims come before the rest: "wipe X off the face of the earth", "set X on fire". */
    private static final String VIOLENCE_AROUND = "(?:wipe|beat|kick|stamp on|batter|stone|hack|burn|hang|string"
            + "|hunt|shoot|set|torture|whip|flog|bash|club|kill|make|shove|push|throw|chuck|launch|tip|drag|line|put|give"
            + "|lock|stick|leave|sort|deal with)";
    /** Where people are hanged from: "lampposts", "the nearest tree". */
    private static final String HANGED_FROM = "(?:lampposts|lamp posts|trees|the nearest tree|bridges|cranes)";
    /** What follows the victims of {@link #VIOLENCE_AROUND}; each alternative opens with a word, its trigger. */
    private static final String VIOLENCE_END = "(?:off the face of (?:the|this) (?:earth|planet)|off the map|to death"
            + "|permanently|once and for all|out permanently|out once and for all|out for good"
            + "|to a pulp|to bits|senseless|half to death|black and blue|alive|from " + HANGED_FROM + "|up from "
            + HANGED_FROM + "|for sport|for fun|like (?:dogs|rats|animals|vermin|pigs|cattle)"
            + "|on sight|dead|on fire|alight|ablaze|one by one|bleed|bleeding|for dead|disappear|suffer|scream"
            + "|down like (?:\\w+ )?(?:dogs|rats|animals|vermin)|six feet under|6 feet under|6ft under"
            + "|up against (?:a|the) wall|in (?:a |the )?hospital(?! (?:car park|canteen|shop|cafe|appointment))"
            + "|in intensive care|in wheelchairs|in a wheelchair"
            + "|in (?:a )?(?:bin bags?|body bags?)"
            + "|under (?:a|the|the next) (?:train|bus|lorry|car|tube)|off (?:a|the) (?:[a-z']+ ){0,2}?(?:bridge|cliff"
            + "|roof"
            + "|building|boat|pier|balcony)|into (?:the|a) (?:river|canal|sea|fire|furnace|thames|traffic)"
            + "|in (?:a|the) (?:ditch|grave|mass grave|ground|body bag|coffin|river|canal|oven|gas chamber)"
            + "|in front of (?:a|the) firing squad|before (?:a|the) firing squad|on (?:a|the) (?:boat|dinghy|raft) and"
            + " sink it"
            + "|a (?:good |proper |right |hard )?(?:kicking|beating|hiding|battering|pasting|slap|smack|thumping)"
            + "|out with (?:a|an|the|some|my|our|their) (?:[a-z]+ )?(?:bats?|knives|knife|machetes?|hammers?|crowbars?"
            + "|bricks?|axes?|iron bars?|baseball bats?)"
            + "|in (?:a|the) \\w+ and (?:set (?:it|them) (?:alight|on fire|ablaze)|burn it(?: down)?|set fire to it"
            + "|torch it"
            + "|leave them to (?:die|burn|starve|rot))"
            + "|until (?:they|he|she) (?:learn (?:their|his|her) place|stop moving|stops moving|die|dies|bleed|bleeds|stop"
            + " breathing|stops breathing|beg|begs|scream|screams))";
    /** Violence done to a group's places, where the group is named after the place: "torch the homes of X". */
    private static final String PLACE_VIOLENCE = "(?:burn|burn down|torch|firebomb|bomb|blow up|set fire to|attack"
            + "|shoot up|smash up|plant a bomb (?:in|under|at)|put a bomb (?:in|under|at)|set off a bomb"
            + "|set off a bomb (?:in|at|outside|near)|plant a bomb|drive (?:a|my|the) (?:van"
            + "|car|lorry|truck) into)";
    /** The same in the -ing form: "start killing", "time to start gassing". */
    private static final String KILLING_ING = inflected(KILLING, ThreatRules::ing);
    /** What is done to people in a threat, as a participle: "should be shot", "they'll be beaten". */
    private static final String HARMED = "(?:killed|shot|hanged|hung|gassed|burned|burnt|executed|exterminated"
            + "|wiped out|wiped off|put down|put to death|slaughtered|lynched|stabbed|shanked|knifed|beaten|beat up"
            + "|raped|murdered|eradicated|culled|hunted|hunted down|drowned|smothered|strangled|throttled|choked"
            + "|strung up|kicked to death|beaten to death|stoned|stoned to death|run over|run down|mown down"
            + "|set on fire|set alight|burnt alive|burned alive|burnt out|burned out|nuked|bombed|blown up"
            + "|firebombed|shot on sight|shot dead|lined up against (?:a|the) wall|gunned down|killed off"
            + "|put (?:in front of|before) (?:a|the) firing squad|sent to the (?:gas chambers|ovens)"
            + "|put in (?:concentration camps|gas chambers|ovens)|pushed off|thrown off"
            + "|thrown in|thrown into|tipped (?:down|off|into|in)|dragged out|put out of their misery|tortured"
            + "|castrated|hung from|hanged from|slapped|punched|battered|kicked|smacked|thumped|glassed|bottled"
            + "|leathered|kneecapped|maimed|attacked|assaulted|(?<!\\bbe |\\bb )hurt|whipped|flogged|knocked out"
            + "|curb stomped|splattered|eliminated|purged|left to (?:die|starve|drown|burn)"
            + "|hit by (?:a|the) (?:bus|car|train|lorry|truck|van)|chucked (?:in|into|off)|unalived"
            + "|machine gunned|machine-gunned|crushed|stamped on|stamped to death|buried alive|tarred and feathered"
            + "|dumped (?:in|into|at the bottom of) (?:the|a) (?:sea|river|canal|ditch|channel)"
            + "|removed from (?:this|the) (?:earth|planet|face of the earth)"
            + "|(?:sorted out|sorted|dealt with|taken care of) (?:permanently|once and for all)"
            + "|carried out(?: of (?:this|the|our) (?:country|town|city|street|area))? in (?:boxes|coffins|body bags"
            + "|bin bags)"
            + "|physically removed from (?:this|the) (?:earth"
            + "|planet|face of the earth)|eliminated by force)";
    /** The same, perhaps after a first step: "lined up and gassed", "put in camps and shot", "dragged out and beaten". */
    private static final String VIOLATED = "(?:(?:lined up|rounded up|put in camps|dragged (?:out|outside|into the"
            + " streets?|from their (?:beds|homes|houses))|taken out(?:side)?|locked up|herded up|marched (?:out"
            + "|outside))(?: against (?:a|the) wall)? and )?"
            + HARMED + "|(?:locked up|locked away|locked in (?:a|the) \\w+|shut in (?:a|the) \\w+|put in cages"
            + "|caged) and"
            + " left to (?:rot|die|starve|burn)";
    /** The person a member's word names, after it: "every gay man", "any black person". */
    private static final String NAMED_PERSON = "(?: (?:man|men|woman|women|lad|lads|bloke|blokes|guy|guys|girl|girls"
            + "|boy"
            + "|boys|kid|kids|child|children|person|people|family|families|couple|fella|fan|fans|mp|councillor|doctor"
            + "|teacher|neighbour|neighbours|student|students|driver|drivers|worker|workers|scrounger|scroungers|freak"
            + "|freaks|lot))?";
    /** One person of a group the law does not protect as such: "every woman", "any man". */
    private static final String ONE_OF_A_SEX = "(?:woman|man|girl|boy|female|male)";
    /** Who says they are doing harm now: "I'm", "we're", "me and the lads are". */
    private static final String DOERS = "(?:i'm|we're|i am|we are|me and (?:the|my|our) \\w+ (?:are|'re))";
    /**
     * Something sent, after "shoot you" or "fire you": "I'll shoot you the deck by 5", "fire you over a quick email".
     */
    private static final String SENT_THING = "(?: over| across)?(?: (?:a|an|the|my|our|that|those|these|some|his|her"
            + "|their))?(?: \\w+)? (?:texts?|messages?|msg|e-?mails?|cd|dvd|line|dm|pm|pics?|pictures?|photos?|links?"
            + "|copy|call|bell|deck|slides?|docs?|documents?|files?|details|info|address|invites?|invitation|pdf"
            + "|spreadsheet|screenshots?|update|figures|quote|draft|agenda|list|notes?|form|rota|brochure|menu|video"
            + "|vid|clip|voice note|location|pin|postcode|password|wifi|invoice|receipt|report|summary|minutes"
            + "|presentation|proposal|cv|playlist|recipe|tickets?|booking|confirmation)\\b";
    private static final String NOT_PERSON = "(?!(?:it|this|myself|me|us|time|off|for|out|a|an|some|my|one|two"
            + "|the (?:game|exam|test|gym))\\b)";

    private ThreatRules() {
    }

    /**
     * The phrases of {@code alternation} with their verb put in another form by {@code form}: the first word, or the
     * second after a noun that makes a verb with it ("run over" gives "runs over", "petrol bomb" gives "petrol bombs").
     */
    private static String inflected(String alternation, UnaryOperator<String> form) {
        return RuleBook.alternatives(alternation).stream().map(phrase -> {
            String[] words = phrase.split(" ");
            int verb = NOUNS_BEFORE_VERBS.contains(words[0]) ? 1 : 0;
            words[verb] = form.apply(words[verb]);
            return String.join(" ", words);
        }).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Every verb of {@link #VIOLENCE} in the form {@code form} gives, with its victims ({@code victims}, or
     * {@code place} for violence done to a place): "poison X", "hunt X down", "set X on fire", "torch the homes of X".
     */
    private static String doneTo(UnaryOperator<String> form, String victims, String place) {
        return "(?:" + doneDirectly(form, victims, place) + "|" + doneAround(form, victims) + ")";
    }

    /** The part of {@link #doneTo} whose verb has its victims or their place right after it, or after a particle. */
    private static String doneDirectly(UnaryOperator<String> form, String victims, String place) {
        return "(?:(?:" + inflected(FIRST_STEP, form) + " (?:and"
                + "|&) )?" + inflected(VIOLENCE, form) + " " + victims + "|"
                + inflected(VIOLENCE_PARTICLE, form) + " " + victims + " (?:up|down|over|out)|"
                + inflected(PLACE_VIOLENCE, form) + " " + place + ")";
    }

    /**
     * The part of {@link #doneTo} whose verb ({@link #VIOLENCE_AROUND}, many of them everyday words: "make", "put",
     * "line") is violence only with what follows its victims.
     */
    private static String doneAround(UnaryOperator<String> form, String victims) {
        return inflected(VIOLENCE_AROUND, form) + " " + victims + "(?: (?:i|we|you) (?:see|find|meet|catch|spot))?"
                + "(?: (?:in|on|round|around|from|at|near) (?:this|that|the|our|my|your) [a-z']+| round here"
                + "| near me)? "
                + VIOLENCE_END;
    }

    /** The first words of every verb {@link #doneTo} reads, in the form {@code form} gives. */
    private static String violenceWords(UnaryOperator<String> form) {
        return directViolenceWords(form) + " " + RuleBook.firstWords(inflected(VIOLENCE_AROUND, form));
    }

    /** The first words of every verb {@link #doneDirectly} reads, in the form {@code form} gives. */
    private static String directViolenceWords(UnaryOperator<String> form) {
        return String.join(" ", RuleBook.firstWords(inflected(FIRST_STEP, form)),
                RuleBook.firstWords(inflected(VIOLENCE, form)), RuleBook.firstWords(inflected(
                VIOLENCE_PARTICLE, form)), RuleBook.firstWords(inflected(PLACE_VIOLENCE, form)));
    }

    /** A verb's past tense: "stabbed", "bombed", "shot". */
    private static String past(String verb) {
        String irregular = IRREGULAR_PAST.get(verb);
        if (irregular != null) {
            return irregular;
        }
        return verb.endsWith("e") ? verb + "d" : doubled(verb) + "ed";
    }

    /** A verb's past participle: "thrown", "stabbed", "shot". */
    private static String participle(String verb) {
        String irregular = IRREGULAR_PARTICIPLE.get(verb);
        return irregular != null ? irregular : past(verb);
    }

    /** A verb as said of him or her: "kills", "lynches". */
    private static String thirdPerson(String verb) {
        return verb.matches(".*(?:s|sh|ch|x|z|o)") ? doubled(verb) + "es" : verb + "s";
    }

    /**
     * A verb's -ing form by the spelling rules the killing verbs need: a final e dropped ("knifing"), a last consonant
     * doubled after a single vowel in one syllable ("stabbing", "gassing", "running").
     */
    private static String ing(String verb) {
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return doubled(verb) + "ing";
    }

    /** A verb with its last consonant doubled after a single vowel in one syllable ("stab" gives "stabb"). */
    private static String doubled(String verb) {
        return verb + (verb.matches("[^aeiou]*[aeiou][^aeiouwxy]") ? verb.substring(verb.length() - 1) : "");
    }

    /** One regular-expression alternative of each of {@code words}, longest first ("bus driver" before "bus"). */
    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    static void addTo(RuleBook book) {
        // women and men, and people named by a role, are not protected groups in the law here, but a threat at them is
        // a threat at a group all the same
        String singular = "(?:" + GroupNames.MEMBER + "|" + ONE_OF_A_SEX + "|" + ROLE + ")";
        String ident = "(?:" + GroupNames.NAMED + "|(?:women|ladies|females|girls|men|males"
                + "|boys)" + SEXES_END + "|" + ROLES
                + ")";
        // a member's word names a person only when no other noun follows it: "the gay man", "the next Jew I see", not
        // "the gay bar" or "the Indian restaurant"
        String memberAlone = singular + NAMED_PERSON + PERSON_ENDS;
        String groupMember = "(?:(?:every|each|any|all|all the|the next|next|the first|those|these|that|the|of the"
                + "|one of those|some|a few|a couple of|every last|every single|a|them|as many|as many of the"
                + "|an) (?:\\w+ ){0,2}?)?(?:" + ident + "|"
                + memberAlone + "|" + SLURRED + ")";
        String victims = "(?:" + ident + "|" + memberAlone + "|" + SLURRED + "|" + PEOPLE + ")";
        // a group, or some of it: "the next one of those X", "every one of the X", "you X"
        String many = "(?:(?:one|every one|each one|any|some|all|none|most|a few|a group|a bunch|a load|a gang|loads"
                + "|lots|the rest|every last one|every single one|the next one|the first one|the next few|the lot"
                + "|a crowd"
                + "|crowds|the first|the last) of |(?:all )?you (?:fucking |bloody )?)?" + groupMember;
        book.threat("kill/harm intent", 0.88, SUBJ + ADV + " " + HARM_VERB + " (?:" + NOT_PERSON + PERSON + "|"
                + groupMember + ")(?![a-z'])(?!" + SENT_THING + "| back\\b)");
        book.triggers("i we i'll we'll ill i'm we're i'd going watch can't cant coming driving heading travelling popping before"
                + " + "
                + HARM_WORDS);
        book.threat("harm in progress", 0.86, SUBJ + " (?:be|start|begin|keep) (?:killing|stabbing|shooting|hurting"
                + "|battering|burning|bombing|beating|hunting|gassing|lynching|murdering|slaughtering)\\b"
                + "|\\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i'm gonna|we're gonna)(?: personally)?"
                + " (?:make sure|see to it|ensure)(?: that)? (?:you|he|she|they|him|her|them|it|every one of them"
                + "|they all)"
                + "(?: \\w+)? (?:(?:get|gets|are|is|end up) (?:hurt|battered|dead|glassed|in hospital"
                + "|" + VIOLATED + ")|(?:leave"
                + "|leaves|go home|goes home|come out|comes out|are carried out|is carried out) in (?:body bags?"
                + "|coffins?"
                + "|boxes|a box|an ambulance|ambulances))\\b"
                + "|\\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i'm gonna"
                + "|we're gonna) (?:personally )?make sure (?:all |every"
                + " |the |those |these )?(?:" + groupMember + ")(?: (?:in|on|at|from|round|around"
                + "|near) (?:[a-z0-9']+ ){0,3}?"
                + "[a-z0-9']+)? (?:(?:are|is|get|gets|end up|ends up) (?:all )?(?:dead"
                + "|" + VIOLATED + ")|end up in (?:body bags"
                + "|coffins|graves|the ground|hospital|a&e)|(?:don't|do not|never"
                + "|won't|will never) (?:live to see|see|make it to|survive|wake up|get to see))\\b|\\b(?:i'll|i will"
                + "|we'll"
                + "|we will|i'm going to|we're going to|i'm gonna|we're gonna) (?:personally )?make sure (?:none"
                + "|not one|no one)"
                + " of (?:the |those |these )?" + groupMember + "(?: (?:in|on|at|from|round|around"
                + "|near) (?:[a-z0-9']+ ){0,3}?"
                + "[a-z0-9']+)? (?:lives? to see|survives?|makes? it (?:to|home|out)|wakes? up|gets? out alive)\\b"
                + "|" + SUBJ + ADV + " (?:knock"
                + "|kick|smash|punch|beat|batter) (?:you|him|her|them|their|his|your"
                + "|every one of them|the lot of them|the \\w+|" + groupMember + ")(?: \\w+){0,3} (?:out|in|senseless"
                + "|unconscious|to death|to a pulp|black and blue|half to death|teeth in|heads? in|faces? in|bloody"
                + "|within an inch|stop moving|stop breathing)\\b"
                + "|(?:" + SUBJ + ADV + " put|\\b" + DOERS + " putting) (?:" + NOT_PERSON + PERSON + "|" + groupMember
                + ")(?: both| all)? in (?:a&e|(?:the )?hospital(?! (?:car park|canteen|shop|cafe|appointment))"
                + "|intensive care|a wheelchair|a coffin|a box|a body bag|the ground|an early grave"
                + "|the morgue)\\b|\\b(?:burn|blow|torch|bomb|petrol bomb|firebomb|set fire to|set light to|set|setting"
                + "|setting fire to"
                + "|burning|torching) (?:it|the place|(?:the|their|your|his|her|that|this|my|our|[a-z]+'s)"
                + "(?: [a-z']+){1,3}) (?:down |up |alight |on fire |ablaze )?with (?:them|you|everyone|everybody|him"
                + "|her|all of them|the lot of them"
                + "|the (?:owners|family|families|kids|children|people|staff|residents))"
                + " (?:inside|in it|in there|in)\\b"
                + "|\\b(?:they're|they are|he's|hes|he is|she's|shes|she is|you're|you are|your|(?:your|his|her|their)"
                + " \\w+ (?:is|are)) (?:getting|gettin|gonna get|going to get|about to get) (?:glassed|stabbed|battered"
                + "|shot|merked|murked|jumped|killed|kicked in|done in|done over|hurt|bottled|slashed|shanked|leathered"
                + "|filled in|knocked out|beaten up|beat up|kneecapped|torched|a (?:proper |good |right )?(?:kicking"
                + "|beating|battering|hiding|pasting|stabbing|slashing|glassing|slap))\\b"
                + "|\\b" + DOERS + "(?: coming round and| coming over and"
                + "| literally| actually| proper)? (?:killing|murdering|stabbing|shanking|shooting|battering|strangling"
                + "|drowning|glassing|slashing|smashing|kicking|punching|slapping|bashing|decking|lamping|torching"
                + "|knifing"
                + "|bottling|kneecapping|wringing|slitting|leathering|hunting down|throttling|kicking the (?:shit"
                + "|crap|hell) out of|beating the (?:shit|crap|hell) out of) (?:" + NOT_PERSON + PERSON + "|"
                + groupMember + ")(?![a-z'])(?! at\\b)|\\b" + DOERS + " beating " + groupMember + "\\b"
                + "|\\b(?:" + DOERS + " (?:giving|gonna give|going to give)|(?:^|[.,:;!] |\\band )(?:go on(?: lads"
                + "| boys)?(?: ,)?"
                + " )?give) (?:" + NOT_PERSON + PERSON + "|" + groupMember + ")(?: [a-z']+){0,4}? a (?:good |proper "
                + "|right |real )?"
                + "(?:kicking|beating|hiding|battering|pasting)\\b"
                + "|" + SUBJ + ADV + " string (?:" + PERSON + "|someone|somebody) up\\b|" + SUBJ + ADV + " beat "
                + groupMember + "\\b|" + SUBJ + ADV + " make (?:" + NOT_PERSON + PERSON + "|" + groupMember + ")(?: of (?:them"
                + "|you))? (?:bleed|suffer|scream)\\b");
        book.triggers("alight ablaze fire torching killing stabbing shooting hurting battering burning bombing beating"
                + " hunting gassing lynching murdering slaughtering throttling sure ensure knock kick smash punch beat batter"
                + " burn blow torch bomb firebomb glassed stabbed battered shot merked jumped killed kicked done hurt"
                + " bottled murked slashed shanked leathered filled knocked beaten beat kneecapped torched kicking"
                + " beating hiding pasting stabbing slashing glassing slap shanking strangling drowning smashing"
                + " punching slapping bashing decking lamping torching knifing bottling kneecapping wringing slitting"
                + " leathering string see bleed suffer scream hospital a&e intensive wheelchair coffin box bag ground grave"
                + " morgue");
        book.threat("harm in two words", 0.86, SUBJ + ADV + " (?:do|beat|kick|wipe|hunt|run|knock) (?:" + NOT_PERSON
                + PERSON + "|" + groupMember + ") (?:in|up|out|down|over)\\b");
        book.triggers("do beat kick wipe hunt run knock + in up out down over");
        book.threat("harm to whoever", 0.84, "(?:" + SUBJ + ADV + "|\\b(?:someone|somebody|people|we) (?:should"
                + "|needs to"
                + "|need to|must|ought to|has to|have to))"
                + " (?:run (?:down|over) (?:any|every|each|those|these|the next)|run (?:any|every|each|those|these"
                + "|the next)"
                + " (?:[a-z']+ ){1,4}?off the road"
                + "|run (?:over (?:him|her|them|you)|(?:you|him|her|them|em) (?:over|down))|(?:tip|push|throw|chuck"
                + "|shove|drag) (?:(?:any|every|all|each|those|these|them|him|her|you|the next)\\b|(?:a|an|some)"
                + " (?:\\w+ )?" + memberAlone + ")[^.]{0,40}\\b(?:(?:into|off|in front of|under|through|down|out of)"
                + " (?:a|the|their|his|her|your)\\b|in (?:a|the) (?:ditch|river|canal|pit|furnace|bonfire)\\b))"
                + "|\\b" + DOERS + " (?:throwing|pushing|tipping|chucking|shoving|dragging)"
                + " (?:any|every|all|each|those|these|them|him|her|you|the next)\\b[^.]{0,40}\\b(?:into|off|in front of"
                + "|under|through|down|out of) (?:a|the|their|his|her|your)\\b");
        book.triggers("run tip push throw chuck shove drag throwing pushing tipping chucking shoving dragging + any"
                + " every all each those these them him her you next a an some");
        // a person's harm under way: "I'm still breaking your legs", "I'm rearranging your face"
        String toYou = "(?:you|u|ya|ye|yous|him|her|(?:your|ur|ya|his) (?:\\w+ )?" + BELONGING + ")\\b";
        String harmingYou = inflected(PERSON_HARM, ThreatRules::ing);
        book.threat("harm to a person under way", 0.86, "\\b" + DOERS + "(?: still| now| defo| definitely| literally"
                + "| actually| just)?(?: (?:dragging|grabbing|catching|finding|coming (?:[a-z']+ ){0,3}?and)"
                + " (?:[a-z0-9']+ ){0,6}?and)? " + harmingYou + " " + toYou
                + "(?! (?:at|in|on) (?:darts|pool|chess|fifa|cards|the quiz)\\b)|\\b" + DOERS
                + "(?: still| now)? (?:doing|sorting|kicking|beating|knocking) (?:you|u|ya|him|her) (?:in|up|out)\\b");
        book.triggers("i'm we're i am we are me + " + RuleBook.firstWords(harmingYou) + " doing sorting beating knocking");
        // the verbs said around their victims, at a person: "I'll beat you senseless", "I'm putting you in hospital"
        book.threat("harm to a person, said around them", 0.86, "(?:" + SUBJ + ADV + " "
                + doneAround(UnaryOperator.identity(), toYou) + "|\\b" + DOERS + ADV + " "
                + doneAround(ThreatRules::ing, toYou) + ")");
        book.triggers("i we i'll we'll ill i'm we're i'd going watch can't cant me + "
                + RuleBook.firstWords(VIOLENCE_AROUND) + " " + RuleBook.firstWords(inflected(VIOLENCE_AROUND,
                ThreatRules::ing)) + " + " + RuleBook.firstWords(VIOLENCE_END));
        // others sent: "someone's coming to stab you", "the lads are driving down Saturday to beat you up"
        book.threat("harm by others on their way", 0.84, "\\b(?:someone|somebody|some1|some (?:lads|boys|men|people)"
                + "|people|they|the (?:lads|boys)|my (?:lads|boys|mates|cousins|brothers|brother|cousin|uncles?))"
                + "(?: (?:from|off|at) (?:the |my )?[a-z']+(?: [a-z']+)?)?(?:'s|'re|s|re| is| are| will be|'ll be)"
                + " (?:coming|comin|on (?:their|his|the) way|driving (?:down|up|over|round)|coming (?:down|up|over"
                + "|round))(?: [a-z0-9']+){0,3}? to (?:(?:" + HARM_VERB + "|deal with|see to) (?:you|u|ya|ye)\\b"
                + "|(?:do|beat|kick|knock|sort|smash|stab|carve) (?:you|u|ya|ye) (?:in|up|out)\\b)");
        book.triggers("someone somebody some1 some people they the my someone's somebody's they're theyre + coming"
                + " comin way driving");
        book.threat("harm as an outcome", 0.86, "\\b(?:you|ur|your(?= not\\b)|you'll|you're|youll|youre|you will"
                + "|you are|you won't|you wont|i'll put you|we'll put you|put you|consider yourself|count yourself)\\b[^.\"]{0,40}?"
                + "\\b(?:in a&e|in a e|in a and e"
                + "|in (?:the )?"
                + "hospital(?! (?:car park|canteen|shop|cafe|appointment))|need (?:a wheelchair|an ambulance|stitches"
                + "|a new face)|in a wheelchair|in a body bag"
                + "|in a box|in a coffin|in a grave|six foot under|in the ground|in a ditch"
                + "|through a straw|never walk again|(?:won't|wont|will not|not|never) (?:be )?walk(?:ing|in)? (?:again"
                + "|away|right|reet|straight|properly|the same|afterwards)|dead (?:by|before|within|come) (?:the |this |next |a |tomorrow|tonight"
                + "|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas)|(?:pushing|pushin) up (?:the )?daisies"
                + "|limping for (?:life|months|weeks|years|the rest)|in the (?:[a-z]+ ){0,2}infirmary|with a broken (?:spine"
                + "|neck|back|skull|jaw)|(?:not|never|won't|wont) (?:gonna |going to )?be around"
                + " (?:long enough to|much longer)|(?:won't|wont) live"
                + " (?:to|2) see|on life support|in intensive care|a dead man|in the river|in the canal|in the boot"
                + "|found (?:floating|dead|face down|in pieces)|floating in (?:the|a)|(?:won't|wont|will not"
                + "|will never)"
                + " (?:wake up|see (?:christmas|another (?:christmas|birthday|day|year|summer)|the (?:morning|weekend"
                + "|new year)|(?:next|this) (?:week|year|christmas|birthday)|your (?:\\w+ )?birthday)|make it home"
                + "|be breathing)|(?:won't|wont|will not|will never) make it (?:to|till|til|past|through)"
                + " (?:the weekend|tomorrow|next week|christmas|your (?:\\w+ )?birthday|monday|tuesday|wednesday"
                + "|thursday|friday"
                + "|saturday|sunday)|swing for (?:this|it)|(?:leave|go home|be leaving|be going home) on a stretcher"
                + "|(?:be )?limping for the rest of (?:your|ur) life|(?:be )?picking (?:your|ur|ya|yer|you) teeth up"
                + "|find out what a broken (?:nose|jaw|arm|leg|neck) feels like)\\b"
                + "|\\b(?:your|ur) (?:[a-z']+ ){1,2}(?:is|are|'s|will|wont|won't)? ?(?:a dead man|(?:going to|gonna"
                + "|getting"
                + "|gets|get|will get|won't be|wont be) (?:get |be )?(?:hurt|burn|burnt|burned|torched|petrol bombed"
                + "|firebombed|bombed|smashed up"
                + "|smashed|killed|stabbed|shot|battered|poisoned|drowned|a visit|safe|coming home|walking))\\b"
                + "|\\b(?:that|the) \\w+ of yours (?:is|are) (?:getting|going to get|gonna get) (?:torched|burnt"
                + "|smashed|done|wrecked)\\b|\\b(?:going|go|goes) up in flames\\b|\\b(?:your|ur|their|his"
                + "|her) (?:\\w+ )?"
                + BELONGING + " (?:will|'ll|are going to|is going to|are gonna|is gonna) be (?:burnt|burned|torched"
                + "|smashed"
                + "|firebombed|petrol bombed|bombed)\\b");
        book.triggers("you ur you'll you're youll youre your yours their his her yourself + a&e e hospital wheelchair bag box"
                + " coffin grave foot ground ditch straw walk walking walkin live support care dead river canal boot hurt burn burnt"
                + " burned torched smashed killed stabbed shot battered poisoned drowned visit safe coming walking"
                + " flames ambulance stitches found floating wake see make breathing swing firebombed bombed stretcher"
                + " limping picking broken daisies infirmary");
        book.threat("harm as a pity", 0.84, "\\b(?:be|it'd be|it would be|would be|it'll be|it will be) (?:a|such a)"
                + " (?:real |right |terrible |awful )?(?:shame|pity) if (?:[\\w']+ ){0,6}?(?:burnt|burned|burns|caught fire"
                + "|catches fire"
                + "|went up in flames|goes up in flames|(?:got|gets) (?:hurt|smashed|keyed|torched|burnt|burned"
                + "|run over"
                + "|stabbed|broken into|poisoned)|something (?:bad )?(?:happened|happens)|(?:had|has) (?:an|a) (?:nasty |bad "
                + "|little |terrible |horrible |serious |unfortunate )?(?:accident|fall)"
                + "|went missing|goes missing|disappeared|never (?:made|make|got|get|came|come) (?:it )?(?:back|home|out)"
                + "|(?:could(?:n't| not)?|can't|cannot) (?:recognise|recognize) (?:it|you|him|her|your \\w+)|(?:never"
                + "|couldn't|could not|can't|didn't) (?:walk|talk|wake up|breathe|smile)(?: again)?|ended up (?:hurt"
                + "|injured|in hospital)"
                + "|(?:went|goes|go) up (?:in flames|in smoke|like a (?:bonfire"
                + "|torch|match|tinderbox))|(?:someone|somebody|a stranger|some nutter) (?:turned|turns|was to turn"
                + "|were to turn)"
                + " up at (?:their|your|his|her) (?:school|nursery|work|house|door|flat))\\b|\\b(?:people|others|blokes"
                + "|lads|men|women) (?:have|'ve"
                + "|has) (?:gone missing|been (?:hurt|stabbed|killed|shot|found dead)|ended up (?:in (?:hospital"
                + "|a ditch"
                + "|the canal|the river|a wheelchair)|dead)|disappeared) for less\\b|\\b(?:a|one) (?:\\w+ )?(?:bullet|knife|blade"
                + "|grave|coffin|bat|hammer|machete|gun|axe|crowbar|shank|cartridge)(?: [a-z']+){0,4}? with (?:your|ur|his"
                + "|her) name (?:written |carved |engraved |scratched )?on it\\b");
        book.triggers("shame pity less name");
        book.threat("belongings destroyed", 0.84, SUBJ + ADV + " (?:burn|torch|slash|smash|smash up|cut up|rip up|set"
                + " fire to) (?:all |both )?(?:\\d+ |four )?(?:of )?(?:your|his|her|their) (?:\\w+ )?(?:clothes|stuff"
                + "|things|belongings|tyres|tires|windscreen|bike|motor|shed|fence|greenhouse|letterbox)\\b"
                + "|" + SUBJ + ADV
                + " set (?:your|his|her|their|that) (?:\\w+ ){0,2}?(?:house|home|flat|shop|car|van|business|caravan"
                + "|place|door|garage|salon|pub|office|shed|clothes|stuff) (?:on fire|alight|ablaze)\\b");
        book.triggers("burn torch slash smash cut rip set");
        book.threat("threat to loved ones", 0.84, "\\b(?:everyone|everybody|everything) you (?:love|care about) (?:is"
                + "|will"
                + "|'s)\\b[^.]{0,20}\\b(?:pay|suffer|hurt|burn|die|regret)|\\byour loved ones (?:are|will)\\b[^.]{0,20}"
                + "\\b(?:pay|suffer|hurt|burn|die|regret)");
        book.triggers("everyone everybody everything loved + pay suffer hurt burn die regret");
        book.threat("weapon or fire", 0.88, "\\b(?:petrol|acid|bleach|a lit rag|lit rags|a brick|bricks"
                + "|a (?:lit )?firework|a (?:lit )?rocket|a petrol bomb) (?:through|in|on|over|at|into) (?:your|you|ur"
                + "|that (?:\\w+ ){0,2}?\\w+ of yours)\\b"
                + "|\\bpetrol (?:through|in|into) (?:the|their|his|her) letterbox(?: of [a-z' ]{1,40}?)? (?:tonight"
                + "|tomorrow|soon|this weekend|this week|next)\\b"
                + "|\\b(?:pour|throw|splash|chuck) (?:petrol|acid) (?:on|over|at|in) (?:you|your|ur)\\b"
                + "|\\bpetrol (?:through|in|into) (?:the |their |his |her )?letterbox(?:es)?\\b[^.]{0,60}?\\b(?:a match"
                + "|a lighter|light it|set it alight)\\b"
                + "|\\ba face ?full of acid\\b"
                + "|\\b(?:deserves?|gets?|getting|will get|'ll get) acid (?:in|on|over|thrown in) (?:her|his|their|your"
                + "|ur) (?:\\w+ )?(?:faces?|eyes)\\b"
                + "|\\b(?:petrol|lighter fluid|paraffin) (?:poured|splashed|chucked|sprayed) (?:on|over|through|in"
                + "|into)\\b|\\b(?:bring|bringing|come round with|coming"
                + " round with|coming with|turn up with|be round with|come with|got|i've got|ive got) (?:a|my|the)"
                + " (?:knife|blade|machete|hammer|bat|baseball bat|shank|gun|axe|crowbar|shotgun|acid"
                + "|petrol)\\b[^.]{0,30}"
                + "?\\b(?:to your|to ur|for you|round|and you're|and your|tonight|your door|your house|yours|to smash"
                + "|if you)\\b|\\b(?:come|coming|be|turn up|turning up|turn) round (?:to yours |to your \\w+ "
                + "|there )?with"
                + " (?:a|my|the) (?:knife|blade|machete|hammer|bat|baseball bat|shank|gun|axe|crowbar|shotgun)\\b"
                + "(?! and (?:fork|ball|board|chopping))|\\b(?:firebomb|fire bomb|petrol bomb|torch|burn down) (?:your"
                + "|ur)\\b|\\b(?:knife|gun"
                + "|bomb|blade) (?:is |its |it's )?coming (?:to|for) (?:your|you|ur)\\b|\\b(?:put|hold|stick|press)"
                + " (?:a|my|the) (?:gun|knife|blade|machete) (?:to|in|against|at) (?:your|ur) (?:head|throat|face|neck"
                + "|chest|back)\\b|\\b(?:we'll|i'll|we will|i will|ill) be (?:outside|round|at|there"
                + "|waiting)\\b[^.]{0,60}?"
                + "\\bwith (?:petrol|acid|knives|a knife|blades|machetes?|a machete|bats|baseball bats|a gun|guns"
                + "|matches"
                + "|lighters?|a crowbar|crowbars)\\b|\\b(?:i'm|we're|i am|we are|we'll be|i'll be) (?:coming|going"
                + "|heading|down there|round there|up there|(?:gonna|going to) (?:go|come|head|turn up))"
                + " (?:round |over |down |up )?(?:there |here )?(?:(?:to|at) (?:the|that|their"
                + "|your) (?:[\\w']+ ){0,3}?)?with"
                + " (?:a |my |our |the )?(?:petrol|acid|knives|knife|machetes?|guns?|shotgun|crowbars?|baseball bats?"
                + "|petrol cans)\\b(?! and (?:fork|ball|board|chopping))|\\b(?:come|coming|comes) (?:for|after) (?:you"
                + "|them|him|her"
                + "|yous|you all|y'all|every one of (?:you|them))(?: all)? with (?:our |my |the |some )?(?:machetes"
                + "|knives|guns"
                + "|bats|baseball bats|crowbars|axes|petrol|acid|blades|a knife|a machete|a gun|an axe)\\b"
                + "|\\b(?:i'm|we're|i am|we are) bringing (?:a|my|the|some) (?:knife|knives|machete|gun|shotgun|crowbar"
                + "|baseball bat|petrol|acid) (?:to|round|down)\\b|\\b(?:i've|we've|i have|we have) got (?:a|my|the)"
                + " (?:rope|noose|knife|machete|gun|shotgun|crowbar|baseball bat|bullet|bullets|grave|coffin|axe)(?:"
                + " [a-z']+){0,4}? for (?:you|him|her|them|the first|the next|any|every|each|all)\\b|\\b(?:got|have got"
                + "|i've got) (?:a|my|the|some) (?:can of petrol|petrol|lighter|rope|knife|gun|machete|axe|rifle"
                + "|shotgun)(?: and"
                + " (?:a|some) [a-z]+)?(?: [a-z']+){0,4}? ready for (?:the |those |these |all the |every "
                + "|any )?(?:" + ident
                + "|" + memberAlone
                + "|" + SLURRED + ")|\\b(?:loading|cleaning"
                + "|sharpening|oiling|getting) (?:my|the|a) (?:rifle|gun|shotgun|knife|machete|axe|blade"
                + "|pistol)(?: ready)? for"
                + " (?:the |those |these |all the |every "
                + "|any )?(?:" + ident + "|" + memberAlone + "|" + SLURRED + ")|\\b(?:bringing"
                + "|taking|carrying|grabbing|got) (?:a|my|the) (?:knife|gun|machete|bat|baseball bat|axe|blade|hammer"
                + "|crowbar"
                + "|rifle|shotgun) (?:and|to) (?:go after|going after|come for|coming for|deal with|sort out|hunt down"
                + "|hunting down) (?:the |those |these |all the |every |any "
                + "|some )?(?:" + ident + "|" + memberAlone + "|"
                + SLURRED + ")|\\b(?:building|making"
                + "|built|made|got) (?:a|the) (?:bomb|nail bomb|pipe bomb|car bomb) for (?:the|those|these|every|any"
                + "|all the"
                + "|the next) (?:\\w+ ){0,3}?(?:" + ident + "|" + memberAlone + "|" + SLURRED + ")|\\b(?:bought|got"
                + "|sharpened|loaded|ordered|tied|cleaned|oiled|made) (?:the|a|my|some|enough) (?:rope|noose|knife"
                + "|knives"
                + "|gun|guns|axe|machete|petrol|bullets?|ammo|ammunition|blade|rifle|shotgun|acid"
                + "|bombs?)(?: [a-z']+){0,3}?"
                + " (?:to|i'll use to|i will use to|i'm going to use to"
                + "|we'll use to) " + HARM_VERB + " (?:" + NOT_PERSON
                + PERSON + "|" + groupMember + ")(?![a-z'])|\\b(?:someone|somebody) (?:should|needs to|ought to"
                + "|wants to) (?:kill|burn|shoot|bomb|gas"
                + "|hang|torch|stab|string up) (?:the lot of them|them all|all of them|every (?:last "
                + "|single )?one of them)\\b");
        book.triggers("petrol acid bleach lit rag rags brick bricks firework bomb pour throw splash chuck knife blade"
                + " machete hammer bat shank gun axe crowbar shotgun firebomb fire torch burn outside round at there"
                + " waiting someone somebody knives machetes guns crowbars bats rope noose bullet bullets grave coffin"
                + " ammo ammunition rifle bombs pistol axes blades");
        book.threat("arson intended", 0.88, "\\b(?:i'll|i will|ill|i'm going to|im going to|i'm gonna|im gonna|we'll"
                + "|we will|we're going to|we're gonna|gonna|going to|planning to|plan to) (?:torch|burn down|burn"
                + "|firebomb|fire bomb|petrol bomb"
                + "|set fire to|set light to) (?:the|that|their|this|every|all the|them|those) (?:\\w+ )?(?:mosques?"
                + "|synagogues?"
                + "|church|churches|temples?|gurdwaras?|hotels?|hostels?|houses?|homes?|shops?|place|camps?|flats?"
                + "|buildings?|centres?|centers?|caravans?|offices?|lot)\\b|\\b(?:i'll|i will|ill|i'm going to"
                + "|im going to|i'm gonna"
                + "|im gonna|we'll|we will|we're going to|we're gonna|gonna|going to) set (?:the|that|their|this|those)"
                + " (?:\\w+ ){0,2}?(?:mosques?|synagogues?|church|churches|temples?|gurdwaras?|hotels?|hostels?|houses?"
                + "|homes?|shops?|place|camps?|flats?|buildings?|centres?|centers?|caravans?|site) (?:on fire|alight"
                + "|ablaze)\\b");
        book.triggers("torch burn firebomb fire petrol set");
        book.threat("attack on a place", 0.86, "\\b(?:i'll|i will|ill|i'm going to|im going to|i'm gonna|im gonna|we'll"
                + "|we will|we're going to|we're gonna|gonna|going to|i'm|we're|i am|we are|someone should"
                + "|somebody should"
                + "|someone needs to|somebody needs to|people should|we should|we need to)(?: \\w+){0,2}? (?:shoot up"
                + "|blow up|bomb|drive (?:my"
                + "|a|the|our) (?:car|van|lorry|truck) (?:straight )?into|driving (?:my|a|the|our) (?:car|van|lorry"
                + "|truck) (?:straight )?into|plough into|poison (?:the |their )?(?:water|food|drinks|supply|wells?)"
                + " (?:at|in|of)) (?:the|that|their|this|every|all the"
                + "|those) (?:\\w+ ){0,2}?(?:mosques?|synagogues?|church|churches|temples?|gurdwaras?|hotels?|hostels?"
                + "|bars?|clubs?|schools?|centres?|centers?|camps?|march|marches|parades?|protests?|rally|vigil"
                + "|meetings?"
                + "|gatherings?|weddings?|funerals?|festivals?|pride|(?:place|places|building|hall|house|street|estate)"
                + " where)\\b|\\b(?:drive|driving|plough|ploughing|ram|ramming) (?:my|a|the|our) (?:car|van|lorry"
                + "|truck) (?:straight )?into"
                + " (?:them |those |these |the |a |every |any )?(?:\\w+ )?(?:(?:crowd|group|bunch|gang|queue|line|march"
                + "|parade|load|pack)s? of )?(?:" + ident + "|" + memberAlone + "|" + SLURRED + ")");
        book.triggers("shoot blow bomb drive driving plough ploughing ram ramming poison");
        book.threat("harm foretold to them", 0.84, "\\b(?:will|'ll|are going to|is going to|gonna"
                + "|be) (?:be )?(?:leaving"
                + "|leave|going home|go home|carried out|coming out|going back) in (?:an ambulance|ambulances"
                + "|(?:a )?body ?bags?|(?:a )?coffins?|boxes|pieces|(?:a )?wheelchairs?)\\b|\\b(?:will|'ll|are going to"
                + "|is going to|gonna) (?:leave|go home|be leaving|be going home) (?:with|nursing) (?:a |their |his "
                + "|her "
                + "|your )?(?:broken|smashed|shattered|fractured) (?:bones|legs?|arms?|necks?|jaws?|noses?|ribs|skulls?"
                + "|kneecaps|faces?)\\b"
                + "|\\bmake sure (?:[a-z0-9']+ ){1,8}?never walk again\\b|\\b(?:start )?digging (?:your"
                + "|their) own graves?\\b");
        book.triggers("leaving leave going go carried coming walk digging + ambulance ambulances bag bags bodybags"
                + " coffin coffins boxes pieces again grave graves wheelchair wheelchairs broken smashed shattered"
                + " fractured");
        book.threat("harm when done with them", 0.84, "\\b(?:will|'ll|are going to|is going to|gonna) (?:all )?(?:bleed"
                + "|suffer|scream|beg for mercy|die|be sorry) (?:when|once|after|by the time) (?:i|we)(?:'m| am|'re"
                + "| are"
                + "|'ve| have)? (?:done|finished|through) with (?:them|you|him|her|em)\\b");
        book.triggers("bleed suffer scream beg die sorry + done finished through");
        book.threat("a weapon to the head", 0.85, "\\b(?:getting|gets|give (?:you|him|her|them|em)|giving (?:you|him"
                + "|her"
                + "|them|em))"
                + " (?:a )?(?:bat|baseball bat|brick|hammer|bottle|crowbar|machete|knife|blade|bullet|golf club|spade)"
                + " (?:to|in|round|across|through|over) (?:the|their|his|her|your|ur) (?:head|face|skull|teeth|knees"
                + "|legs|chest|throat)\\b");
        book.triggers("getting gets give giving + bat brick hammer bottle crowbar machete knife blade bullet club"
                + " spade");
        book.threat("harm to expect", 0.8, "\\b(?:you|u|they|he|she|you'll|they'll|he'll|she'll|you can|they can"
                + "|you should|they should|you better|they better|you'd better"
                + "|they'd better) (?:\\w+ )?expect (?:a (?:good"
                + " |proper |right )?(?:beating|kicking|hiding|battering|slap|smack)|to get hurt|to be hurt"
                + "|what's coming)\\b|\\b(?:you'll|you will|you're going to|you're gonna|you are going to|you're)"
                + " (?:\\w+ )?(?:get|getting) (?:a bullet|a blade|a knife in you|a (?:good |proper |right |fucking )?"
                + "(?:beating|kicking|hiding|battering|pasting|doing)|your (?:head|face|teeth|legs) (?:kicked|smashed|caved|knocked) in)\\b");
        book.triggers("expect get getting bullet blade knife");
        // a beating given by whoever the sender names: "the lads will give you a kicking", "waiting to give you ..."
        book.threat("a beating given", 0.84, "\\b(?:(?:will|'ll|gonna|going to|want to|wants to|wanna|about to"
                + "|happy to)|(?:waiting|ready|dying|itching)(?: [a-z']+){0,4}? to) give (?:you|u|ya|ye) (?:a|the) (?:good |proper |right"
                + " |real |fucking |serious )?(?:kicking|beating|hiding|battering|pasting|leathering|doing|seeing to"
                + "|slap|smack)\\b");
        book.triggers("give + kicking beating hiding battering pasting leathering doing seeing slap smack");
        book.threat("bloodshed unless", 0.8, "\\b(?:there's going to be|there's gonna be|there is going to be"
                + "|there'll be"
                + "|there will be|it'll be|it will be) (?:bloodshed|blood on the streets|a bloodbath|a massacre)\\b");
        book.triggers("bloodshed blood bloodbath massacre");
        book.context("\\b(?:unless|if|or else|otherwise|until)\\b");
        book.threat("weapon or death sign with a meeting", 0.84, "^(?:(?:knife|gun|axe|coffin|grave|bomb"
                + "|blood) )+(?:see"
                + " (?:you|u) (?:soon|tomorrow|tonight|later|at \\w+|on \\w+|after \\w+)|(?:you're|youre|you are"
                + "|(?:your|ur) \\w+"
                + "(?: 's|'s| is)) next|soon\\b|rip (?:you|u)\\b|coming for (?:you|u)\\b|(?:you|u) (?:soon|next|tonight"
                + "|tomorrow)\\b)|\\b(?:see (?:you|u) (?:soon|tomorrow|tonight|later)|(?:you're|you are) next"
                + "|sleep tight|watch your back)(?: (?:knife|gun|axe|coffin|grave|bomb|blood))+(?: \\.)?$");
        book.triggers("knife gun axe coffin grave bomb blood");
        book.threat("gang threat", 0.86, "\\b(?:me and (?:my|the)|my|the|our|a couple of|a few|some|two|three|four"
                + "|a van of|a car of|a load of) (?:lads|boys|mates|cousins|brothers|crew"
                + "|gang|bredrin|family|boys)\\b[^.]{0,20}?\\b(?:coming for you|come for you|put you|jump you|do you in"
                + "|smash|batter|kill|stab|(?:sort|sorting) you\\b(?: out)?(?! (?:out )?(?:a|an|some|with|for|up)\\b)|pay (?:you|your \\w+) a visit|waiting (?:outside|for you|round))"
                + "|\\b(?:we're|we are|were) (?:gonna |going to |all )?(?:jump|get|do) you\\b|\\b(?:we|i|(?:my|our"
                + "|the) (?:lads|boys|brothers?|cousins?|mates|uncles?|crew|gang)) (?:all )?knows? where you (?:live|work"
                + "|sleep|park)\\b|\\bwaiting outside your (?:work|house|school|door|flat|gym)\\b"
                + "|\\b(?:pay|paying) your \\w+ a visit\\b|\\b(?:get|getting) a visit\\b");
        book.triggers("lads boys mates cousins brothers crew gang bredrin family jump know waiting visit");
        book.threat("harm to the body", 0.88, "\\b(?:cave|smash|kick|punch|stamp) (?:your|ur|his|her"
                + "|their) (?:\\w+ )?(?:heads?"
                + "|faces?|skulls?|teeth) in\\b|\\bknock (?:every|all|your|ur) (?:\\w+ )?(?:tooth|teeth) out\\b|\\brip"
                + " (?:your|ur) (?:\\w+ )?(?:throat|head|face|heart|eyes) out\\b|\\b(?:hunt|track) (?:you|u) down\\b"
                + "|\\bsort (?:you|u) out (?:permanently|for good)\\b|\\bmake (?:you|u) suffer\\b|\\brearrange"
                + " (?:your|ur|his|her|their) (?:\\w+ )?face\\b|\\b(?:kick|beat|stamp|batter|strangle) (?:it|the dog"
                + "|your dog|the cat|your cat) to death\\b|\\b(?:break|snap)"
                + " (?:both )?(?:your|ur) (?:\\w+ )?(?:legs|arms|neck|jaw|fingers|nose|ribs)\\b|\\b(?:break|snap"
                + "|smash) every"
                + " bone in (?:your|ur|their|his|her) (?:body|bodies)\\b|\\b(?:slash|slit)"
                + " (?:your|ur) (?:throat|tyres|face)\\b|(?:" + SUBJ + ADV + " (?:break|snap|smash|crack)|\\b" + DOERS
                + " (?:breaking|snapping|smashing|cracking)) (?:both |all )?(?:of )?(?:their|his|her|them|your|ur"
                + "|(?:that"
                + "|the|this) [a-z]+'s)"
                + " (?:\\w+ )?(?:legs|arms|necks?|jaws?|fingers|noses?|ribs|skulls?|bones|backs|spines?|heads?|faces?"
                + "|kneecaps)\\b");
        book.triggers("cave smash kick punch stamp knock rip hunt track sort suffer break snap slash slit crack"
                + " breaking snapping smashing cracking rearrange beat batter strangle");
        book.threat("you're dead", 0.88, "\\b(?:you're|you are|your|you) (?:so |fucking |actually |literally )?(?:dead"
                + "(?! to me| funny| right| cute| on| good| serious| wrong| tired| jealous| boring| lucky)"
                + "|a dead (?:man|woman|girl|boy|ting)|finished|going to die|going to get (?:it|done|hurt|jumped|killed"
                + "|shot|" + WOUNDED + ")|getting (?:hurt|jumped|killed|shot|smashed|wet|rushed|" + WOUNDED + "))\\b"
                + "|\\b(?:you'll|you will) (?:get|be getting) " + WOUNDED + "\\b|\\b(?:you're|you are|you'll|you will)"
                + " (?:going to |gonna )?bleed for (?:this|that|it|what you did)\\b");
        book.triggers("you're you your you'll + dead finished die hurt bleed stabbed battered shot done merked jumped killed"
                + " shanked glassed bottled slashed kicked smashed deaded wet rushed leathered lamped knifed bladed"
                + " chinned bodied");
        book.threat("menace", 0.86, "\\bwatch your (?:back|step|kids|family|house)\\b|\\b(?:better|should|had better|'d"
                + " better|need to|ought to) watch (?:their|his|her) (?:backs?|steps?)\\b|\\bi know where (?:you"
                + "|your \\w+)"
                + " (?:live|lives|work|works|sleep|go|goes|park|drink)\\b|\\bsleep with one eye open\\b"
                + "|\\byou won't see (?:it|me) coming\\b|\\byour days are numbered\\b|\\bcount(?:ing)? your days\\b"
                + "|\\b(?:i'm|we're|i am|we are) coming for (?:you|(?:your|ur) (?:\\w+ )?(?:kids|children|family|son|daughter|wife"
                + "|husband|missus|mum|dad|boy|girl|lad|lass|little ones?))\\b|\\benjoy what'?s coming\\b|\\bwait (?:till|until) i (?:see|get|catch) you\\b"
                + "|\\bnext time i see you\\b[^.]{0,30}\\b(?:you're|i'll|you'll)\\b|\\bi'll be waiting (?:for you"
                + "|outside)\\b|\\bknife with your name on it\\b|\\bi'll bring (?:a|my) (?:knife|blade|gun|machete"
                + "|bat|mates|boys)\\b|\\b(?:knife|gun|bomb|coffin|grave)(?: (?:knife|gun|bomb|coffin|grave|skull))*"
                + " (?:for )?you\\b|\\byou (?:knife|gun|coffin|grave)\\b|\\baccidents happen\\b|\\b(?:be a|would be"
                + " a|it'd be a|would be terrible|it'd be terrible|would be awful|it'd be awful) (?:shame|pity"
                + "|terrible)?[^.]{0,10}if (?:something"
                + "|anything) (?:happened|was to happen|were to happen)\\b|\\bhope (?:your|ur) \\w+(?:'s"
                + "| is) insured\\b|\\bhope you've got (?:good )?(?:life )?insurance\\b|\\bhope\\b[^.]{0,25}?\\b(?:your|ur) life"
                + " (?:insurance|cover)\\b|\\bhope (?:you're|you are"
                + "|your) (?:\\w+ )?insured\\b|\\bhope (?:your|ur) (?:\\w+ )?insurance covers\\b|\\b(?:i've been|i have been|i'm|been) watching"
                + " you\\b|\\bgo missing\\b|\\blooking over your shoulder\\b|\\bwhat i'm capable of\\b|\\byour"
                + " (?:time's|time is|days are) (?:coming|numbered|up)\\b(?! on (?:the|your) (?:parking|meter|ticket|lease"
                + "|trial|subscription|loan|contract|library|booking|tenancy))|\\b(?:get|got|getting) what'?s coming\\b"
                + "|\\block your doors\\b(?![^.]{0,50}\\b(?:broken into|break-ins|burglar|burglars|burglaries|thieves|been"
                + " robbed|storm|wind))|(?<!(?:yourself|urself|kys|die|end it)(?: [.,])? )\\bnobody would"
                + " (?:even )?(?:notice|miss you)\\b(?! if (?:you|u) (?:were|was) gone)|\\b(?:i|we) know (?:which|what)"
                + " (?:school|nursery|gym|pub|street|mosque|church|synagogue|temple|gurdwara|car|house|flat)\\b"
                + "|\\bi know where your \\w+ (?:plays|goes|lives|works|drinks"
                + "|parks|walks)\\b|\\bbetter watch (?:herself|himself|yourself|themselves|your back|out)\\b");
        book.triggers("watch know sleep coming numbered count counting wait next waiting knife gun bomb coffin grave"
                + " bring accidents shame pity terrible insured insurance watching missing shoulder capable time's time"
                + " days what's whats lock nobody better + you your ur yourself yours you've you'll you're open round"
                + " house door");
        // a price on a head, silence or disappearance made sure of, weapons brought to someone
        book.threat("menace of weapons or vanishing", 0.86, "\\ba price on (?:your|ur|his|her) head\\b|\\bmake sure"
                + " (?:you|u|he|she) never (?:walk|talk|speak|see|work|breathe|smile) again\\b|\\bmake sure (?:you|u|he"
                + "|she)(?:'re| are|'ll be| will be| get| end up) (?:beaten|battered|hurt|stabbed|black and blue"
                + "|in (?:hospital|a wheelchair|a box|the ground))\\b|\\bmake sure (?:nobody"
                + "|no one|noone) (?:ever )?finds (?:you|u|him|her|your body)\\b|\\bwait(?:ing)? (?:outside |round the"
                + " corner |at \\w+ )?for (?:you|u|him|her|them|em) with (?:(?:a|my|the) (?:knife|blade|bat|machete|hammer"
                + "|gun|crowbar|axe|shank)|something (?:heavy|sharp))\\b|\\b(?:round (?:yours|to yours|your (?:house"
                + "|place|flat|door))|(?:on|at) your (?:door|house|work)|waiting (?:outside|round the corner|for you))(?: [a-z']+){0,3}? with (?:a |some"
                + " |the |their |his )?(?:bats?|knives|knife|blades?"
                + "|machetes?|hammers?|weapons|crowbars?|axes?|guns?|shotguns?)\\b");
        book.triggers("price sure wait waiting round door house work + head again finds beaten battered hurt"
                + " stabbed black hospital wheelchair box ground heavy sharp knife blade bat machete"
                + " hammer gun crowbar axe shank bats knives machetes hammers weapons crowbars axes guns shotgun blades"
                + " shotguns");
        // the stock phrases of a veiled threat: "enjoy your last weekend", "make sure your affairs are in order"
        book.threat("veiled menace", 0.84, "\\benjoy (?:your|ur) last (?:few )?(?:weekends?|christmas|birthday"
                + "|summer)(?= *(?:[.!]|x\\b|$))|\\b(?:make sure|get|put) (?:your|ur) affairs (?:are )?in order\\b"
                + "|\\bhope (?:you've|you have|youve|ur|you) (?:updated|written|made|sorted) (?:your|ur|a) will\\b"
                + "|\\bsleeping with one eye open\\b|\\blocks? (?:won't|will not|wont) (?:help|save you|keep me out)\\b"
                + "|\\b(?:i've|i have|ive) got people for that\\b|\\b(?:nobody|no one|noone) (?:would|will|could"
                + "|can|'d) (?:even )?hear (?:you|u) scream\\b|\\b(?:people|grasses|snitches|those) who (?:talk|speak|go|run)"
                + " to the (?:police|cops|feds|old bill) (?:have|get|end up having) accidents\\b|\\b(?:be a|it'd be a"
                + "|would be a) (?:real |right )?(?:shame|pity) if (?:you|u) (?:fell|fall|slipped|tripped|had an accident"
                + "|got hurt)\\b");
        book.triggers("enjoy affairs will eye locks lock people scream accidents shame pity + last order updated"
                + " written made sorted sleeping help save keep that hear police cops feds bill fell fall slipped"
                + " tripped accident hurt");
        // the reader's details handed to people who will hurt them: "sent your address to the Croydon lot, they'll
        // deal with you properly"; not to the police, a solicitor or the council
        book.threat("details handed to harm", 0.84, "\\b(?:sent|given|gave|passed|handed|shared|sold) (?:your|ur)"
                + " (?:home |work )?(?:address|photo|picture|pic|details|number|postcode|reg|location) (?:on )?to"
                + " (?!(?:the |my |a |your )?(?:police|solicitors?|lawyers?|council|landlord|court|bailiffs?|agency"
                + "|ombudsman|school|insurers?|bank)\\b)[^.]{1,40}?(?: [.,] )?\\b(?:they'll|they will|they're going to"
                + "|they're gonna) (?:deal with|sort|see to|visit|find|come for|pay you a visit|do) (?:you|u)\\b"
                + "|\\b(?:sent|given|gave|passed|handed|shared|sold) (?:your|ur) (?:home |work )?(?:address|photo|picture"
                + "|pic|details|number|postcode|reg|location) (?:on )?to (?:some )?(?:very |really )?(?:nasty|dangerous"
                + "|serious|bad|evil|mad|nutty) (?:people|lads|men|blokes|characters)\\b");
        book.triggers("sent given gave passed handed shared sold + address photo picture pic details number postcode"
                + " reg location");
        // watching told to the one watched, then a word of menace: "I know which bus you get every night. Sleep
        // well.", "You've got a lovely back garden. Very dark at night isn't it"
        book.threat("watched, then menaced", 0.82, "\\b(?:i've|i have|i've been|i have been|been|i was|i'm|i am|i sat"
                + "|i stood)(?: [a-z']+){0,2}? (?:watched|watching|sat|sitting|parked|waiting|stood|standing|following"
                + "|followed) (?:[a-z']+ ){0,3}?(?:you|your|behind you)\\b|\\b(?:saw|seen|spotted|clocked) (?:you|your"
                + " (?:\\w+ )?(?:kids?|daughter|son|wife|husband|mum|mam|girl|boy|lad|lass|missus|fella))\\b|\\bi know"
                + " (?:your|ur) (?:daily )?(?:routine|movements|schedule|shifts|route)\\b|\\bi know (?:which|what)"
                + " (?:bus|train|route|way|path|time)\\b|\\byou (?:leave|walk|drive|jog|run|get|go|finish|lock up|come"
                + " home|cycle)\\b[^.]{0,40}\\bevery (?:night|morning|day|evening|monday|tuesday|wednesday|thursday"
                + "|friday|saturday|sunday)\\b|\\b(?:your|ur) (?:\\w+ )?lights? (?:goes|go|went) (?:off|out)\\b"
                + "|\\b(?:your|ur) (?:little )?(?:\\w+ )?(?:girl|boy|lad|lass|daughter|son|kids?) (?:comes out|walks"
                + "|gets out|finishes|leaves)\\b|\\b(?:your|you've got an?|you have an?|you've got) (?:lovely|nice|pretty)"
                + " (?:new |little |back |front )?(?:car|door"
                + "|kitchen|garden|coat|curtains|blinds|house|flat|gym|school|bungalow|view)\\b|\\ba long (?:dark |quiet"
                + " |lonely )?walk (?:home )?from (?:the )?\\w+ to (?:yours|your)\\b");
        book.triggers("watched watching sat sitting parked waiting stood standing following followed saw seen spotted"
                + " clocked routine movements schedule shifts route bus train way path time every light lights comes"
                + " walks gets finishes leaves lovely nice pretty walk");
        book.context("\\bsleep (?:well|tight)\\b|\\bjust saying(?= *(?:[.!]|$))|\\bthink on\\b|\\bhave a think\\b|\\bthink"
                + " about (?:that|it)\\b|\\bbe a (?:shame|pity)\\b|\\b(?:very|so|pretty|proper|really) (?:dark|quiet)"
                + " (?:there|down|at night|after dark|round there|by|isn't it|innit)\\b|\\b(?:nobody|no one) (?:about"
                + "|around)\\b|\\benjoy it while you can\\b|\\b(?:i'm )?always watching\\b|\\byou never noticed\\b"
                + "|\\byou (?:won't|wont) (?:notice|see me)\\b|\\bsee you very soon\\b|\\b(?:curtains|blinds) are"
                + " (?:thin|open)\\b|\\byou should (?:really )?(?:shut|close|lock)\\b|\\bjust so you know (?:that )?i"
                + " know\\b|\\b(?:he|she) shouldn't\\b|\\bnext time you won't\\b|\\bdeep(?: ,)? (?:that|isn't it|innit)\\b"
                + "|\\blights? (?:off|out) early\\b");
        // a visit or a lesson no one gets up from: "pay them a visit they won't walk away from"
        book.threat("a visit not walked away from", 0.84, "\\b(?:(?:a|the) (?:little |proper |friendly )?(?:visit|lesson"
                + "|beating|kicking|hiding|battering|surprise)|something) (?:they|he|she|you|u|ya|them) (?:won't|wont|will not"
                + "|don't|dont|never|will never|aren't going to) (?:walk away|wake up|get up|recover|come back|walk)"
                + " from\\b|\\b(?:they|he|she|you) (?:won't|wont|will not) be getting back up\\b");
        book.triggers("visit lesson beating kicking hiding battering surprise something getting + walk wake get recover"
                + " come back");
        // harm a third person will do, on the sender's word: "when my son gets out ... he'll finish you"
        book.threat("harm by a third person", 0.84, "\\b(?:he|she|they)(?:'ll| will|'s going to| is going to|'re going"
                + " to| are going to|'s gonna|'re gonna) (?:\\w+ )?(?!hit (?:you|u|ya) with\\b)(?:" + HARM_VERB + "|finish)"
                + " (?:you|u|ya)\\b");
        book.triggers("he'll she'll they'll will going gonna + " + HARM_WORDS + " finish");
        // others sent to do it: "sent our Shane round to do you in", "sending the boys round with a hammer"
        book.threat("harm sent round", 0.84, "\\b(?:send|sent|sending)(?: [a-z']+){1,5}? round(?: to (?:yours|your"
                + " (?:house|place|flat|work|door)))? (?:with (?:a |some |the |his |their )?(?:bats?|knives|knife"
                + "|machetes?|hammers?|weapons|crowbars?|axes?|guns?|shotguns?|blades?)(?= (?:to teach|for you|and)\\b"
                + "| ?[.!]|$)|to (?:" + HARM_VERB + ") " + toYou + "|to (?:do|sort) (?:you|u|ya) (?:in|over)\\b|to teach"
                + " (?:you|u|ya) a lesson\\b)");
        book.triggers("send sent sending + round");
        // menace told by what was left, by what became of the last one, by what "happens" to brakes and tyres
        book.threat("a weapon left as a warning", 0.84, "\\b(?:left|put|posted|dropped|sent) (?:you )?(?:a|one|this"
                + "|the) (?:bullet|shell|cartridge|live round|knife|blade) (?:in|through|on|under) (?:your|ur)\\b");
        book.triggers("left put posted dropped sent + bullet shell cartridge round knife blade");
        book.threat("what became of the last one", 0.84, "\\bthe last (?:person|one|lad|guy|bloke|man|woman|girl"
                + "|fella|fool|idiot|prick|muppet|time (?:someone|somebody|anyone|a lad|a guy|a bloke)) (?:who |that )?"
                + "(?:crossed|mugged|grassed on|grassed|messed with|disrespected|ripped off|pissed off|cheated|stole"
                + " from|tried it with|lied to)(?: [a-z']+){0,2}? (?:me|us)\\b[^.]{0,50}?(?: [.] )?[^.]{0,50}?\\b(?:limp"
                + "|hospital|wheelchair|crutches|a&e|grave|ground|never (?:walked|talked|worked|came back)|can't"
                + " (?:walk|talk)|dead|missing|stitches|teeth|stabbed|battered|hurt)\\b");
        book.triggers("last + limp hospital wheelchair crutches a&e grave ground never can't dead missing stitches"
                + " teeth stabbed battered hurt");
        book.threat("harm as a happening", 0.82, "\\bfunny how (?:quickly |easily |often |fast )?(?:accidents"
                + "|brakes|fires|tyres|cars|houses|sheds|windows) (?:can |could |just |seem to |tend to )?(?:happen"
                + "|fail|start|catch fire|go up|burst|get slashed|get smashed|get torched)\\b");
        book.triggers("funny + accidents brakes fires tyres cars houses sheds windows");
        // harm bought or on offer: "lads who'll do you for a tenner", "someone who'd stab you for twenty quid"
        book.threat("harm hired", 0.84, "\\b(?:lads|boys|men|people|someone|somebody|a lad|a bloke|a guy|mates|a mate"
                + "|cousins)(?: [a-z']+){0,4}? (?:who'll|who will|that'll|that will|who'd|who would|that'd|who can"
                + "|willing to|happy to) (?:happily |gladly )?(?:" + HARM_VERB + "|do|sort|see to) " + toYou
                + "(?: in| out| over)?(?: for (?:a|an|\\d+|£\\d+|one|two|three|five|ten|twenty|fifty|a hundred|a grand"
                + "|a ton|a tenner|a score|nothing|free)\\b| \\. )|\\b(?:paid|paying|hired|hiring) (?:some|two|three"
                + "|a couple of|a few|a|an|my)? ?(?:lads|boys|men|people|someone|somebody|bloke|guy|mates|cousins"
                + "|[a-z]+)(?: [a-z']+){0,4}? to (?:(?:come|go) and )?(?:" + HARM_VERB + "|sort|do|deal with|see to)"
                + " (?:you|u|ya|him"
                + "|her)\\b(?!(?: out| in| up| over)? with)");
        book.triggers("lads boys men people someone somebody lad bloke guy mates mate cousins paid paying hired hiring"
                + " + " + HARM_WORDS + " deal see");
        book.threat("conditional threat", 0.8, "\\byou'll (?:regret|pay for|be sorry for) (?:this|it|that)\\b"
                + "|\\byou'll be sorry\\b|\\byou'll get what's coming\\b|\\byou've been warned\\b|\\bthis is your"
                + " (?:last|final) warning\\b|\\bor else\\b|\\bor you'll (?:regret|get hurt|be sorry|pay|wish)\\b"
                + "|\\b(?:i'll|ill|i will|i'm going to) make (?:them|him|her) suffer\\b"
                + "|\\b(?:i'll|ill|i will|i'm going to) make (?:you|your life) (?:pay|suffer|regret|hell|a misery|a"
                + " living hell)\\b|\\bdon't make me (?:come|hurt|find|do something)\\b|\\bsee what happens\\b"
                + "|\\bif you (?:ever )?[^.]{0,40}\\b(?:you'll|you will) (?:regret|get hurt|be sorry|pay|wish"
                + "|end up)\\b");
        book.triggers("regret sorry pay what's warned warning else make happens wish + you you'll your you've else"
                + " happens");
        book.threat("harm to property on a condition", 0.84, "\\b(?:or|else|otherwise) (?:the|your|ur|that) (?:\\w+ )?"
                + "(?:van|car|house|shop|flat|pub|salon|business|motor|caravan|garage|place|windows?|home) (?:gets"
                + "|will get|'ll get|is getting) (?:torched|burnt|burned|smashed up|firebombed|petrol bombed|wrecked)\\b");
        book.triggers("or else otherwise + torched burnt burned smashed firebombed petrol wrecked");
        book.threat("harm foretold", 0.82, "\\bsomething (?:bad |nasty |terrible )?(?:will|might|could|may|is going"
                + " to|is gonna|gonna|'ll) happen to (?:you|your|it|him|her|them|that|those)\\b|\\bbefore something"
                + " (?:bad |nasty )?happens to\\b|\\b(?:be|it'd be|would be|'d be) (?:a )?(?:real |right |terrible"
                + " |awful |such a )?(?:shame|pity) if (?:(?:something|anything) (?:happened|was to|were to)|(?:your"
                + "|the|that)\\b(?: [a-z']+){0,5}? (?:got (?:hurt|burnt|smashed|damaged|keyed|torched)|burnt|burned"
                + "|caught fire|went up))\\b|(?<!\\bi |\\bwe )\\b(?:tend to|might|could|may|will|gonna|going to|'ll)"
                + " have (?:an? )?(?:nasty |little |unfortunate |terrible |serious |bad )?accidents?\\b");
        book.triggers("something shame pity accident accidents");
        book.threat("harm to what is theirs", 0.82, "\\bfind (?:your|his|her|their) (?:\\w+ )?(?:tyres|car|windows?"
                + "|windscreen|house|door|van|bike) (?:slashed|smashed|done|keyed|torched|burnt|on fire|kicked in"
                + "|through)\\b|\\b(?:your|his|her|their) (?:\\w+ )?(?:house|car|flat|home|windows?|tyres|door|shop|van"
                + "|dog|cat|kids?|family|legs|face) (?:is|are|'s|will be) next\\b|\\b(?:it|he|she) (?:won't|wont|will"
                + " not) (?:be )?(?:coming|come|make it) home\\b|\\bit'?ll be too late for (?:you|him|her|them)\\b(?!"
                + " to)");
        book.triggers("find next home late + your his her their it he she you him them");
        // drowning and poisoning said by how: "hold them under water", "lace the food at the drop-in with rat poison"
        book.threat("drowning or poisoning", 0.86, "\\bhold (?:them|him|her|you|em|the [a-z]+(?: [a-z]+)?) under"
                + " (?:the )?water\\b|\\b(?:lace|spike) (?:the |their |your |his |her )?(?:food|drinks?|tea|dinner|water"
                + "|meals?|curry|soup)(?: [a-z']+){0,8}? with (?:rat )?poison\\b|\\bpoison (?:their|the|your|his|her)"
                + " (?:food|water|drinks?|tea|dinner)\\b|\\b(?:stick|put|slip|mix|add) (?:some )?(?:rat )?poison (?:in"
                + "|into) (?:the |their |his |her |your )?(?:[a-z']+ ){0,3}?(?:food|drinks?|parcels|tea|dinner|meals?"
                + "|water|curry|soup|lunch|sandwiches)\\b");
        book.triggers("hold lace spike poison stick put slip mix add + water poison food drink drinks tea dinner"
                + " parcels meal meals curry soup lunch sandwiches");
        // death as where a group is headed: "I've already chosen which X on our estate are going six feet under"
        book.threat("death as where they are headed", 0.84, "\\b(?:" + groupMember + ")(?: (?:in|on|at|from|round"
                + "|around|near) (?:[a-z0-9']+ ){0,3}?[a-z0-9']+)? (?:are|is|'re|will be|'ll be) (?:going|gonna go"
                + "|headed|heading|ending up|going to end up) (?:six (?:feet|foot) under|in the ground(?! floor)"
                + "|in (?:body )?bags|in boxes|in coffins)\\b");
        book.triggers("six ground bags boxes coffins + going gonna headed heading ending");
        // how they will leave: "they're leaving in ambulances", "won't know what hit em", "X are getting it tonight"
        book.threat("harm as the way they leave", 0.84, "\\b(?:they're|they are|theyre|they'll be|they will be"
                + "|they'll|they will|you'll be|you will be|you'll|you will|you're|you are) (?:all )?(?:leaving"
                + "|going home|coming out|being carried out|leave|go home|come out) in (?:ambulances|an ambulance"
                + "|body bags?"
                + "|bin bags?|coffins?|a coffin|boxes|a box|pieces|bits)\\b|\\b(?:won't|will not|never) know what hit"
                + " (?:them|em|him|her|you)\\b|\\b(?:none|not one|no one|nobody) of (?:them|em|you|yous|y'all)"
                + "(?: [a-z']+){0,2}? (?:(?:is|are|will be|'ll be|'s|'re) )?(?:walking|leaving|going|getting|leave|walk"
                + "|go|get)(?: home| away| out)? (?:in one piece|standing|alive)\\b|\\b" + many
                + "(?: [a-z0-9']+){0,4}? (?:are|is|'re) getting it (?:tonight|tomorrow|this weekend|soon"
                + "|next week)\\b|\\b(?:make sure|so that|until) (?:the |all )?(?:[a-z']+ ){0,6}?(?:go home|leave"
                + "|come out|are carried out|get carried out) in (?:ambulances|an ambulance|body bags?|coffins|boxes"
                + "|pieces)\\b|\\b(?:they|he|she)(?: won't| wont| will not) be walking (?:home |out |anywhere )?(?:after"
                + "|afterwards|again)\\b|(?:'ll|\\bwill) be (?:eating|drinking) through a straw\\b"
                + "|\\b(?:until|till) (?:they|he|she|you) (?:stop breathing|stops breathing|can't breathe)\\b"
                + "|\\b(?:their|your|his|her) own (?:mothers?|mums?|mams?|famil(?:y|ies)|kids) (?:won't|wont|will not"
                + "|wouldn't|will never|would never) recognise (?:them|you|him|her)\\b");
        book.triggers("leaving going coming carried leave go come know none one nobody getting walking eating drinking"
                + " until till recognise + ambulances ambulance bags bag coffins coffin boxes box pieces bits hit piece"
                + " standing alive tonight tomorrow weekend soon week after afterwards again straw breathing breathe"
                + " mothers mother mums mum mams mam family families kids");
        book.threat("menace foretold", 0.82, "\\b(?:make sure|so) (?:you|he|she|they) (?:\\w+ )?(?:never|don't|won't"
                + "|wont) (?:\\w+ )?feel safe\\b|\\byou'll never (?:\\w+ )?feel safe\\b|\\b(?:or|next time|tonight"
                + "|one night|one"
                + " of these nights) (?:i'm|we're|i am|we are|i'll be|we'll be) coming in\\b|\\bwatch (?:yourself"
                + "|your ?self)"
                + "(?: \\.| !|$| (?:walking|going|getting|on your way|when you|at night|round here|out there|after dark"
                + "|in the dark))|\\bif i can'?t have you,? (?:then )?(?:no"
                + " one|nobody|noone) (?:will|can|else will|else can)\\b|\\bwhat happens to (?:people|those|anyone"
                + "|grasses|snitches|girls|lads|women|men) (?:who|that|like you)\\b|\\b(?:no )?point in (?:either|both)"
                + " of us (?:being here|being alive|living|breathing)\\b");
        book.triggers("safe coming watch can't cant happens either both");
        book.threat("knowing their movements", 0.82, "\\bi know (?:what time|when) (?:you|your \\w+) (?:leave"
                + "|leaves|get home|gets home|finish|finishes|walk|walks|go|goes|lock up|are alone|is alone)\\b"
                + "|\\bi know (?:your|his|her) \\w+ walks (?:home|to|back)\\b");
        book.triggers("know + time when walks");
        book.threat("threat to expose, as a pity", 0.8, "\\b(?:be|it'd be|would be|'d be) (?:a )?(?:real |right"
                + " |terrible |awful |such a )?(?:shame"
                + "|pity) if (?:" + AUDIENCE + "|people)\\b(?: [a-z']+){0,5}? (?:found"
                + " out|saw|seen|knew|heard|got (?:sent|shown|told))\\b");
        book.triggers("shame pity");
        book.context(LEVERAGE);
        book.threat("gang coming round", 0.84, "\\b(?:the|my|our) (?:lads|boys|mates|crew|gang|family|cousins|brothers)"
                + " (?:are|is|'re|'ll be|will be|are gonna be) (?:coming|comin|on (?:their|the) way|round)\\b");
        book.triggers("lads boys mates crew gang family cousins brothers + coming comin way round");
        book.context("\\b(?:got|have|know|found) (?:your|his|her) (?:home )?(?:address|postcode)\\b|\\bknow where"
                + " (?:you|he|she) (?:lives?|works?)\\b|" + LEVERAGE);
        book.threat("harm spelt out", 0.84, "\\b(?:finds?|found) (?:you|him|her|them) in (?:pieces|bits|a ditch|a bag"
                + "|a box)\\b|\\b(?:you'll|you will|ye'll) never see (?:them|the kids|your kids|the weans|the children"
                + "|her|him) again\\b|\\b(?:you|you'll) (?:go|goes|going) (?:out|through) the window\\b|\\bsee what"
                + " comes through (?:your|the) (?:letterbox|door|window)\\b|\\bput (?:every one of |all "
                + "|all of )?(?:your"
                + "|his|her) tyres (?:down|in)\\b|\\bstick (?:a|my|this) \\w+ (?:through|in|into) (?:your|his|her)"
                + " (?:hand|face|neck|eye|leg|head|chest|back)\\b|\\bovens? for (?:you|your|them|him|her)\\b"
                + "|\\b(?:swat|swatting) (?:you|your|him|her)\\b|\\barmed police through (?:your|the) door\\b"
                + "|\\bslap (?:that|the) (?:smile|grin|smirk|look) (?:right )?off (?:your|his|her) face\\b|\\b(?:your"
                + "|his"
                + "|her) (?:knees|legs|hands|fingers|arms) (?:won't|wont|will not|will never) work\\b|\\b(?:or|else)"
                + " there(?:'ll| will) be (?:trouble|consequences|hell to pay)\\b|\\b(?:i'll|i will|we'll|we will) be"
                + " waiting (?:by|at|outside|near|in) (?:your|the) (?:car|car park|house|door|work|school|gate)\\b"
                + "|\\bthink (?:very )?(?:carefully|hard) about what happens\\b|\\b(?:you're|your) (?:going to|gonna)"
                + " regret (?:it|this|that)\\b|\\b(?:people|those|anyone) (?:who|that) [a-z' ]{3,40}? (?:tend to"
                + "|always)"
                + " (?:have|get) (?:bad luck|accidents?|hurt)\\b|\\b(?:i'll|i will|we'll|we will|gonna|going to)"
                + " (?:\\w+ )?(?:burn|torch|petrol bomb|firebomb) (?:it|the place|(?:your|ur|that|the) \\w+) down\\b");
        book.triggers("pieces bits ditch bag never window letterbox tyres stick ovens oven swat swatting armed slap"
                + " knees legs"
                + " hands fingers arms trouble consequences waiting carefully hard regret luck accidents accident hurt"
                + " burn torch bomb firebomb");
        book.threat("harm held over a demand", 0.82, "\\b(?:would|i'd|i would) hate for (?:it|him|her|them|you"
                + "|your \\w+"
                + "|anything|something) to (?:get|happen|go|be)\\b|\\b(?:i've|i have|we've|we have|i|we) (?:got|know)"
                + " (?:your|ur) (?:home )?(?:address|postcode)\\b|\\bwe know where (?:your|ur) (?:\\w+ ){1,2}(?:is"
                + "|are)\\b");
        book.triggers("hate address postcode know");
        book.context(LEVERAGE + "|\\bthink about (?:that|it)\\b|\\bsee you\\b");
        book.threat("harm to the body or home", 0.86, "\\b(?:put|putting|smash|chuck|throw|go|going|goes|'re going|are"
                + " going) (?:\\w+ ){0,2}(?:through|thru) (?:your|his|her|their|the) (?:windscreen|windows?|front door"
                + "|door|lockers?|wall|table|glass|fence)\\b|\\bput (?:your|his|her|their) (?:windows|windscreen|door"
                + "|front door|head|face|teeth) (?:in|through)\\b|\\b(?:put|putting|pop|stick|bang) (?:a|one|two|some"
                + "|the) (?:bullets?|rounds?|caps?|holes?) (?:in|into|through) (?:you|your|him|her|them)\\b"
                + "|\\bset (?:the"
                + "|my|our) (?:dogs?|lads|boys) on (?:you|him|her|them)\\b|\\bbreak every bone in (?:your|his|her"
                + "|their)"
                + " (?:body|bodies)\\b|\\b(?:beat|knock|batter|punch|kick|smack|bang) the (?:head|face|teeth|jaw|legs)"
                + " (?:clean )?off (?:you|ya|u|him|her|them)\\b|\\bknock (?:your|his|her) (?:\\w+ )?teeth (?:down|out|in)\\b|\\b(?:get|getting"
                + "|gettin|gets|have)"
                + " (?:your|his|her|their) (?:\\w+ )?(?:head|face|teeth|legs|kneecaps) (?:kicked|smashed|caved|knocked"
                + "|stamped|broken|done) in\\b|\\b(?:get|getting|gets|have) (?:your|his|her|their) throats? (?:cut"
                + "|slit)\\b|\\b(?:get|gets|getting) (?:his|her|their|your|ur) (?:\\w+ )?(?:legs|arms|necks?|jaws?"
                + "|fingers"
                + "|noses?|ribs|kneecaps|bones|skulls?) (?:broken|smashed|snapped|cracked)\\b|\\bend up (?:in|under"
                + "|at the bottom of) (?:a|the|the same|your) (?:\\w+ )?"
                + "(?:plot|grave|box|coffin|ditch|river|canal|hospital|ground|morgue|body bag|cemetery|graveyard)\\b"
                + "|\\bbefore (?:we|i) (?:burn|kill|stab|batter|kick|drag|run) (?:you|him|her|them)\\b"
                + "|\\bdrag (?:you|him|her|them) (?:out |down |across |round )?by (?:the|your|his|her|their) (?:hair"
                + "|ears?"
                + "|neck|collar|throat)\\b|\\bit'?ll be (?:your|his|her|their) (?:\\w+ )?(?:legs|head|face|neck|teeth"
                + "|fingers|knees|kneecaps|throat|skull)\\b");
        book.triggers("through thru put bullet bullets rounds caps holes dogs lads boys bone teeth head face legs arms neck necks jaw jaws noses nose ribs bones skull skulls"
                + " kneecaps end before drag neck fingers knees throat skull");
        book.threat("you'll regret it", 0.8, "\\b(?:you'll|you will|he'll|she'll|they'll|he will|she will|they will)"
                + " (?:\\w+ )?(?:wish (?:you|he|she|they) (?:hadn't|had not|never|was never|were never|didn't)|be sorry"
                + "|regret (?:it|this|that|the day)|get hurt|pay for (?:it|this|that))\\b|\\bmake sure (?:you|he|she"
                + "|they) (?:\\w+ )?(?:regret|pay for|suffer|rue)\\b");
        book.triggers("wish sorry regret hurt pay suffer rue");
        // whom harm is wanted done to: a person, a group, their homes or places
        String wanted = "(?:you|him|her|them|all of them|them all|every one of them|" + groupMember + "|(?:the|that"
                + "|this"
                + "|some|their|all|all the|every|those"
                + "|these) (?:\\w+ ){0,2}?(?:" + PERSON_NOUN + "|" + PEOPLE + "|" + PLACE
                + "|hotels?|hostels?|march|protest|parade|bar))";
        book.threat("someone should", 0.82, "\\b(?:(?:someone|somebody|some1|sum1|people|we) (?:should|would|needs to"
                + "|need to"
                + "|ought to|is going to|will|must|has to|wants to|gotta|has got to)(?: just| really"
                + "| finally)? (?:" + KILLING + "|attack|assault|blow up|hurt|throttle|set fire to|set alight|put (?:a"
                + "|one)"
                + " (?:bullet|round)"
                + " (?:in|into|through)|take (?:a|their) (?:baseball )?(?:bat|hammer|machete|crowbar|knife|blade|axe"
                + "|chainsaw) to|kick the (?:shit"
                + "|crap|hell|living daylights) out of|" + BREAK_BONES + ")|(?:hope|wish|pray|can't wait|cant wait"
                + "|cannot wait)(?: for the day(?: when)?)? (?:someone|somebody"
                + "|some1|sum1) (?:finally )?(?:" + inflected(KILLING, ThreatRules::thirdPerson) + "|attacks|hurts"
                + "|(?:would|will|'d) (?:" + KILLING
                + "|attack|hurt|" + BREAK_BONES + "|(?:slit|cut) the throats of))) " + wanted + "\\b|\\b(?:hope|wish"
                + "|pray)"
                + " (?:someone|somebody|some1|sum1) (?:drives|drove|rams|ploughs|would drive|will drive) (?:a|their|his"
                + "|her)"
                + " (?:car|van|truck|lorry) into (?:a crowd of |a group of "
                + "|a march of )?" + wanted + "\\b|\\b(?:good on"
                + "|well done to|fair play to|respect to|hats off to|cheers to) whoever (?:" + HARMED + "|bombed"
                + "|shot up"
                + "|burned down|burnt down|torched|blew up) " + wanted + "\\b|\\bwhy (?:hasn't|has nobody|has no one"
                + "|haven't"
                + " we|hasn't anyone|has anyone not) (?:anyone |somebody |someone )?(?:" + HARMED + ") " + wanted
                + "(?: yet)?\\b|\\b(?:someone|somebody"
                + "|people|we) (?:should|needs to|need to|ought to|will) (?:burn|torch|firebomb|petrol bomb) (?:out "
                + "|down )?(?:their"
                + "|his|her|your|the) (?:\\w+ )?(?:house|houses|home|homes|flat|flats|car|cars|caravan|caravans|shop"
                + "|shops|van|vans|mosque|church|synagogue|temple|gurdwara|camp|site)(?: out)?\\b");
        book.triggers("someone somebody some1 sum1 people we whoever why anyone + hurt hurts attack attacks assault blow"
                + " behead throttle set drives drove rams ploughs drive shot bombed burned burnt torched blew slit cut "
                + RuleBook.firstWords(HARMED) + " "
                + " bullet round bat hammer machete crowbar blade axe chainsaw kick break smash snap crack cave stamp "
                + RuleBook.firstWords(KILLING) + " "
                + RuleBook.firstWords(inflected(KILLING, ThreatRules::thirdPerson)));
        book.threat("harm wanted done", 0.82, "\\b(?:about |high )?time (?:someone|somebody|some1|people"
                + "|we) (?:finally )?"
                + "(?:started (?:" + KILLING_ING + "|hunting|attacking|beating) " + wanted + "(?: down)?\\b|took"
                + " (?:a|their) (?:knife|blade|bat|baseball bat|hammer|machete|crowbar) to"
                + "|gave " + wanted + " a (?:good |proper"
                + " |right )?(?:kicking|beating|hiding|battering)|" + VIOLATED + "|blew up|ran over"
                + "|beat up) " + wanted + "\\b"
                + "|\\b(?:someone|somebody|some1|people|we) (?:should|needs to|need to|must|ought to|has to"
                + "|have to) (?:start"
                + "|begin) (?:" + KILLING_ING + "|attacking|assaulting|hurting|beating) " + wanted + "\\b|\\b(?:someone"
                + "|somebody"
                + "|some1|people|we) (?:should|needs to|need to|must|ought to|has to|have to|will) (?:run|mow|hunt|beat"
                + "|string|wipe) " + wanted + " (?:over|down|up|out|off the road|off the face of the earth"
                + "|off the map)\\b|\\b(?:someone|somebody|some1"
                + "|people) (?:should|needs to|need to|must|ought to|has to|have to"
                + "|will) teach " + groupMember + " a lesson (?:they"
                + "|he|she|you)(?:'ll| will)? (?:won't|will never|never) forget\\b|\\b(?:buy|give|get) (?:a pint"
                + "|a drink|a medal|a beer|a round) (?:for|to) (?:anyone|whoever|any man|the man|the person|the first"
                + " person|the lads?) (?:who|that) (?:" + inflected(KILLING, ThreatRules::thirdPerson) + "|attacks"
                + "|hurts|beats up)"
                + " (?:one of )?" + wanted + "\\b|\\bfind out where " + wanted + " (?:live|lives|sleep|work|pray|drink)"
                + " (?:and|then|,) (?:go (?:and )?)?(?:finish (?:them|em) off|" + KILLING + " (?:them|em|the lot)"
                + "|burn (?:them|em)"
                + " out|pay (?:them|em) a visit)\\b|\\b(?:about |high )?time for"
                + " (?:someone|somebody|some1|people|us|everyone|everybody|all of us|decent people|real \\w+) to"
                + " (?:finally )?(?:start (?:" + KILLING_ING + "|attacking|assaulting|hurting|beating)"
                + "|" + KILLING + "|attack"
                + "|assault|hurt) " + wanted + "\\b|(?:\\b(?:someone|somebody|some1|people|we) (?:should|needs to"
                + "|need to"
                + "|must|ought to|has to|have to|will)|" + SUBJ + ") (?:beat|batter|kick|whip|flog|thrash"
                + "|punch) " + wanted
                + " (?:until|till|til) (?:they|he|she|you) (?:learns?|knows?|understands?"
                + "|gets? the message|remembers?|stops? breathing|begs?|bleeds?|can't|cannot|dies?|are dead|is dead"
                + "|pass(?:es)? out)\\b");
        book.triggers("someone somebody some1 people we us everyone everybody decent real i i'll we'll ill i'm we're"
                + " i'd going watch can't cant buy give get find + time start begin run mow hunt beat string wipe batter kick"
                + " whip flog teach thrash punch pint drink medal beer round where");
        String doomed = "(?:(?:all |the |those |these )?(?:" + ident + "|" + PEOPLE + "|" + SLURRED + "|people like"
                + " (?:you|him|her|them|that|this))|(?:every|each|any|the next|that|this) (?:\\w+ )?(?:" + singular
                + NAMED_PERSON + "|" + ONE_OF_A_SEX + "))(?: who(?: [a-z']+){1,5}?| (?:in|on|at|from|of|round|around"
                + "|near|across|outside|inside|off|like"
                + "|[a-z]+ing (?:in|on|at|round|around|near))"
                + "(?: [a-z0-9']+){1,4}?)?";
        // what is said of the doomed group, after its name: one prefix tried once, then the forms
        String fate = "(?:(?:will|shall|are going to|are gonna|should|must|deserve to"
                + "|need to) (?:all )?pay (?:for (?:this"
                + "|it|that) )?with (?:their|his|her) (?:lives|life|blood)"
                + "|(?:should|shud|must|need to|needs to|nd to|need 2|nd 2|ought to|deserve to|deserves to|will|need"
                + "|needs"
                + "|have to|has to|got to|gotta|want to|wants to|wanna"
                + "|are going to|is going to|are gonna|is gonna|gonna)(?: all)? (?:be |b |get )?(?:all )?(?:die|hang"
                + "|swing|burn|fry|" + VIOLATED
                + ")|(?:deserve|deserves) (?:every|each|all the) (?:beating|kicking|battering|punch|slap|bullet"
                + "|stabbing"
                + "|attack|hiding)s?\\b|(?:deserve|deserves|have earned|has earned|earned|are due|have coming) (?:death"
                + "|to be put to death|(?:to suffer |to die )?(?:a|an) (?:(?:slow"
                + "|painful|horrible|horrific"
                + "|agonising|agonizing|violent|brutal|nasty|long|lingering)(?:,? (?:and )?)?){1,3}death"
                + "|to suffer and die)|(?:should not"
                + "|shouldn't|should never|don't deserve to|do not deserve to"
                + "|have no right to) (?:be allowed to )?(?:live"
                + "|exist|breathe)|(?:belong|belongs) (?:at the end of a rope|on (?:a |the )?lampposts?|in (?:a |the )?"
                + "(?:gas chambers?|ovens?|graves?|coffins?|body bags?|ground|mass graves?|river|canal|ditch|furnace)"
                + "|six"
                + " (?:feet|foot) under|dead|at the bottom of (?:the|a) (?:river|sea|canal|lake|ocean|channel))"
                + "|(?:will|are going to|are gonna|'ll) (?:all )?get what'?s coming(?: to them)?|(?:will|'ll"
                + "|should) (?:all )?be"
                + " (?:the )?first (?:up )?against the wall|(?:would|will|should) (?:all )?be (?:hanging"
                + "|swinging) from|(?:deserve|need|needs|deserves|want|wants|should have|should all have|must have"
                + "|ought to have|deserve to have|have earned|'ve earned|earned"
                + "|ought to be getting|should be getting|need to be getting|deserve to be getting"
                + "|need to have) (?:acid thrown(?: (?:in|on|over|at) (?:their|the) (?:faces?|eyes))?|a (?:shallow |unmarked )?grave"
                + "|a (?:length of )?rope|a noose|a tall tree|a bullet|bullets|a knife(?: in the"
                + " (?:back|head|throat|face))?|a (?:good |proper |right |fucking )?(?:beating|kicking|slap|slapping"
                + "|hiding"
                + "|battering|smack)|the rope|to swing|to hang|(?:a )?(?:good |proper )?(?:slapping|drowning|shooting"
                + "|hanging|gassing|stringing up|kicking|battering|stabbing)(?! (?:lessons?|classes|practice|training|tips"
                + "|club|range|matches|season|competitions?|boots|kit|drills|trip|holiday))|(?:their|his"
                + "|her) (?:\\w+ ){0,2}?(?:houses?"
                + "|homes?|mosques?|synagogues?|temples?|churches|heads?|faces?|legs|throats?) (?:burned|burnt|bombed"
                + "|torched|smashed|kicked|caved|cut|slit)))";
        book.threat("group should die", 0.88, "\\b" + doomed + "(?: (?:are|is) (?:[a-z']+ ){0,3}?(?<called>[a-z']+) and"
                + "(?: they| \\k<called>)?)? " + fate
                + "\\b|\\b(?:if (?:i|we) (?:ran|were running|was running|were in charge of|was in charge of|had my way"
                + "|had our way|ruled|were pm|was pm)[^,.]{0,30}|in a (?:just|sane|proper|decent|better|perfect|fair"
                + "|civilised) (?:society|world|country))(?: ,)? " + doomed
                + " would (?:all )?(?:be|get) (?:dead|" + VIOLATED + ")\\b|\\b(?:imperative|essential|necessary|vital"
                + "|right"
                + "|time|high time|important) that " + doomed + " (?:all )?(?:be|are|get) (?:dead"
                + "|" + VIOLATED + ")\\b|\\b(?:about|high) time (?:that )?" + doomed + " (?:all )?(?:were|was|got) (?:" + VIOLATED
                + ")\\b|\\b(?:would|'d) be (?:a )?(?:better|safer|nicer|happier)(?: place| country| world)? (?:if|once"
                + "|when) (?:every (?:last |single )?one of |all of |each of )?" + doomed + " (?:were|was|got|had been"
                + "|all got) (?:" + VIOLATED + ")\\b|\\byou (?:(?:" + ident + ") |lot |people"
                + " |women |men |girls |boys )?(?:(?:should|must|need to|ought to|deserve to) all|(?:are|'re|will) all"
                + " going to|will all|'ll all) (?:be|get) (?:die|" + VIOLATED + ")\\b|\\b(?:" + KILLING_ING + "|stoning"
                + "|a beating|a bullet|the rope) is (?:exactly |just |all )?what " + doomed + " (?:deserve|deserves"
                + "|need|needs"
                + "|have coming)\\b|\\bthe only (?:future|thing|place) " + doomed + " (?:deserve|deserves|need|needs|should"
                + " get) is (?:a (?:shallow |unmarked )?grave|a bullet|the rope|a rope|a coffin|a body bag)\\b|\\bdeath is (?:what|all) " + doomed
                + " deserve\\b|\\bget ready to (?:be|get) (?:killed|murdered|shot|stabbed|hanged|hung|lynched|gassed"
                + "|burnt"
                + "|burned|drowned|executed|exterminated|slaughtered|tortured)\\b|\\bwhat " + doomed + " (?:need|needs"
                + "|deserve|deserves) is (?:a (?:good |proper |right )?(?:hiding|kicking|beating|battering|bullet"
                + "|knife)"
                + "|acid|a rope|the rope)\\b|\\bthe only good (?:" + memberAlone + "|" + ident + ") (?:is"
                + "|are) (?:a )?dead"
                + " (?:one|ones|" + memberAlone + "|" + ident + ")\\b|\\bdead (?:" + ident + ") (?:are|is) the (?:best"
                + "|only good)"
                + " (?:kind|sort|type|ones)\\b");
        book.triggers("die death dead lives life blood allowed wall hang swing burn fry six ground what's whats graves deserve acid"
                + " river canal ditch furnace bottom belong belongs"
                + " rope lamppost lampposts oven ovens chambers"
                + " graves coffins hanging"
                + " swinging knife bullet bullets beating kicking swing hang lined slap slapping hiding battering smack"
                + " drowning shooting gassing stringing stabbing torched smashed caved cut slit earned "
                + RuleBook.firstWords(HARMED));
        book.threat("harm to whoever comes", 0.86, "\\b(?:the next|next|any|every|each"
                + "|the first) (?:\\w+ ){0,2}?(?:" + ident
                + "|" + singular + "|" + SLURRED + "|" + PERSON_NOUN + ")(?: [a-z]+)?(?:(?: who"
                + "| that)?(?: [a-z'\"]+){1,8}?)?"
                + " (?:gets|is getting|will get|'ll get|is gonna get|is going to get|are getting|are gonna get"
                + "|are going to"
                + " get) (?:" + VIOLATED + "|acid|a bullet|a knife|a (?:good |proper )?(?:kicking|beating|hiding"
                + "|battering))"
                + "\\b|\\b(?:the |those |these |all the )?(?:" + ident + "|" + SLURRED + ")(?: [a-z']+){0,4}? (?:are"
                + "|is) (?:getting"
                + "|gonna get|going to get) (?:a knife|a bullet|bullets|a blade|acid|a brick|a kicking"
                + "|a beating) in (?:them"
                + "|the (?:face|head|back|gut|chest))\\b");
        book.triggers("next any every each first are is + gets getting get + acid bullet knife kicking beating hiding"
                + " battering "
                + RuleBook.firstWords(HARMED));
        book.threat("harm promised on a condition", 0.84, "\\b(?:they|he|she|you|them)(?:'ll| will| are going to"
                + "|'re going to| are gonna|'re gonna| is going to| is gonna) (?:all )?(?:be|get) (?:all )?" + VIOLATED
                + "\\b|\\b(?:or|and) (?:they|he|she|you)(?:'ll| will)? (?:get|gets|be) " + VIOLATED + "\\b");
        book.triggers("they he she you them they'll he'll she'll you'll they're you're or + "
                + RuleBook.firstWords(HARMED));
        book.context("\\b(?:if|unless|one more|the day|the moment|try it|should (?:the|another|any|a|that))\\b");
        String notThings = "(?!'| (?:takeaway|restaurant|food|shop|chippy|meal|dinner|lesson|language|new year|team"
                + "|side"
                + "|market)\\b)";
        String whole = "(?:(?:(?:all|every|the|those|these|each)(?: the| of the| of those| of these| these"
                + "| those)? (?:fucking |bloody |last"
                + " |single )?" + SLURRED + "|(?:all|every|the|those|these|each|as many|some|a few|more)(?: the| of the"
                + "| of those| of these| these| those)? (?:fucking |bloody |last |single )?(?:" + ident + ")|(?:all"
                + "|every|the"
                + "|those|these|each)(?: the| of the| of those| of these| these| those)? (?:fucking |bloody |last "
                + "|single )?"
                + PEOPLE + ")"
                + notThings + ")";
        book.threat("kill all", 0.86, "\\b(?<!\\b(?:who|that) )" + KILLING + " " + whole
                + "\\b|(?:^|\\b(?:i|we|i'll|we'll|let's|lets"
                + "|time to"
                + "|i want to|we want to|i'm going to|we're going to|i'm gonna|we're gonna|i wanna|we wanna|we need to"
                + "|we have to|we've got to|we gotta|we should|we must|can't wait to|i'd love to|i would love to"
                + "|happily|gladly|personally|needs to|need to|has to|have to|ought to|should|must) )" + KILLING
                + " (?:fucking |bloody )?(?:" + ident + "|" + SLURRED + ")"
                + notThings + "\\b|\\b" + KILLING + " (?:every|each|any|some|a few)"
                + " (?:fucking |bloody |last |single )?(?:(?:\\w+ )?" + memberAlone + "|women|men|girls|boys)\\b"
                + "|\\b(?:nuke|sterilise|sterilize"
                + "|castrate|stone|bulldoze|round up|sink) (?:all |every |the |those |these |each )?(?:fucking |bloody"
                + " |last |single )?(?:" + GroupNames.NAMED + "|" + GroupNames.MEMBER + ")\\b|\\b(?:round (?:(?:all "
                + "|every |the"
                + " |those |these )?(?:[a-z']+ ){0,3}?up|up (?:[a-z']+ ){0,4}?)|(?:put|lock|herd|pack|drag|load|ship)"
                + " (?:all |every |the |those |these )?" + victims + " (?:[a-z']+ ){0,4}?)and (?:then )?" + KILLING
                + " (?:them|em|the lot|every one of them|all of them)\\b|\\bdeath to (?:all |the )?\\w+|\\b(?:burn"
                + "|torch|bomb|blow up|firebomb|petrol bomb|smash up) (?:all |every |the |those "
                + "|these )?(?:" + ident + "|"
                + singular + ")? ?(?:mosques?|synagogues?|temples?|gurdwaras?|churches?)\\b|\\bthrow (?:the |all the"
                + " |those |these )?(?:" + ident + ") off\\b|\\b(?:start|begin|started"
                + "|starting) " + KILLING_ING + " (?:"
                + whole + "|(?:fucking )?(?:" + ident + "|" + SLURRED + ")" + notThings + ")\\b|\\bthe (?:only |best "
                + "|final )?(?:way to deal with|answer to"
                + "|solution to|solution for|cure for|thing to do with) (?:[a-z']+ ){1,4}?is to (?:\\w+ )?(?:" + KILLING
                + " (?:them|em|the lot|every one of them|all of them)|put (?:them|em)(?: all)? down)\\b"
                + "|\\b(?:cleanse|purge|clear|free) (?:the world|the earth|the country|this country|britain|england"
                + "|society|our streets|the streets|this town|our town|europe) of (?:all |the |every |those "
                + "|these )?(?:"
                + ident + "|" + SLURRED + ")\\b|\\bethnic(?:ally)? cleans(?:e|ing) (?:of )?(?:all "
                + "|the )?(?:" + ident + ")\\b"
                + "|\\b(?:get rid of|rid (?:the world|the earth|the country|this country|britain|england|society) of)"
                + " (?:all |the |every |every last |those |these )?(?:of the )?(?:" + ident + ")(?: [a-z']+){0,4}?"
                + " (?:once and for all|from the face of the earth|off the map)\\b|\\b(?:eliminate|purge|wipe out"
                + "|eradicate) (?:all |the |every |each |every last |those |these )?(?:of the )?(?:" + ident + "|"
                + singular + ")(?: [a-z']+){0,4}? (?:once and for all|for good|permanently|forever|for ever|completely"
                + "|entirely|from the face of the earth|off the map)\\b|\\b(?:go|going|went) (?:hunting"
                + "|hunt) (?:for )?(?:some |the"
                + " |all the )?(?:" + GroupNames.NAMED + "|" + SLURRED + ")\\b|\\b" + KILLING + " (?:them"
                + "|em)(?: all)?(?: ,)? every (?:last"
                + " |single )?(?:" + memberAlone + "|" + ident + "|" + SLURRED + ")|\\bfinal solution (?:for"
                + "|to) (?:the )?(?:"
                + ident + "|" + SLURRED + "|" + singular + " question)\\b|\\bbring back (?:lynching|hanging|the gallows"
                + "|the rope"
                + "|public hangings?|public executions?|executions|the death penalty|the noose|the camps"
                + "|concentration camps"
                + "|the gas chambers) (?:just |only )?(?:for|and start with|,? starting with)"
                + " (?:all |the |those |these )?" + victims + "|\\b(?:hanging|death|a bullet"
                + "|shooting|lynching|the rope|a quick death)(?: is|'s) too good for (?:them|all of them|all |the "
                + "|those "
                + "|these )?"
                + victims);
        book.triggers(RuleBook.firstWords(KILLING) + " " + RuleBook.firstWords(KILLING_ING) + " death nuke sterilise"
                + " sterilize castrate stone bulldoze round sink blow smash throw rid eliminate purge hunting hunt"
                + " final bring bullet rope cleanse clear free ethnic ethnically put");
        book.threat("harm promised as done", 0.86, "\\b(?:i|we)(?:'ll| will) have (?:(?:" + HARMED + ") " + whole
                + "|" + many + "(?: [a-z']+){0,3}? (?:" + HARMED + "))\\b");
        book.triggers("i'll we'll will + have + " + RuleBook.firstWords(HARMED));
        // killing a group, or beating it to death, spoken of as a good thing: "drowning X would solve our problems"
        String them = "(?:(?:all |the |those |these |every |any )?(?:" + ident + "|" + SLURRED + ")|(?:a|an|any|every"
                + "|the next)"
                + " (?:\\w+ )?" + memberAlone + ")";
        String killingThem = "(?:" + inflected(VIOLENCE, ThreatRules::ing) + " " + them + "|(?:beating|kicking|stoning|battering|hacking"
                + "|burning) "
                + them + " (?:to death|alive|to a pulp|senseless)|lining " + them + " up(?: against (?:a"
                + "|the) wall)? and "
                + KILLING_ING + " (?:them|em)|" + doneAround(ThreatRules::ing, them) + ")";
        book.threat("killing them as a solution", 0.86, "\\b" + them + " getting (?:(?:their|his|her) (?:throats?"
                + "|heads?"
                + "|faces?|skulls?) (?:cut|slit|smashed in|kicked in|caved in|blown off)|" + VIOLATED + ") (?:is|'s"
                + "|would be)"
                + " (?:exactly |just )?(?:what (?:this country|the country|we|britain|the world|society"
                + "|everyone) (?:needs"
                + "|need|wants|deserves)|the (?:answer|solution)|a good thing|a (?:good )?start|the (?:only "
                + "|best )?(?:news"
                + "|thing) (?:i|we) (?:want|wanna|like|love) to (?:see|hear|read))\\b|\\b" + killingThem
                + " (?:is|'s) (?:the (?:(?:only |best |real"
                + " |final )?(?:answer|solution)|only way|right thing|best thing)|right|justified|a public service)\\b"
                + "|\\bit (?:would be|'d be|is|will be"
                + "|'s) (?:right|good|great|best|better|a good idea|justified|fine|okay|ok|only right) to (?:" + KILLING
                + "|beat up) " + them + "\\b|\\b" + killingThem + " (?:would|will|is|could|'d) (?:solve"
                + "|fix|sort|end|have (?:saved|solved|fixed|sorted)|be the (?:answer|solution|only way|right thing"
                + "|best thing)"
                + "|be (?:a (?:good|great) (?:start"
                + "|idea|thing)|right|justified|a public service)|be doing (?:the world|everyone|us|society"
                + "|the country) a"
                + " favou?r|make (?:this|the|our)|help)\\b|\\b(?:it should be|it ought to be|it must be|it needs to be"
                + "|make it|it's time to make it) (?:legal|allowed|okay|ok|fine|acceptable|mandatory|compulsory) to (?:"
                + KILLING + "|beat|attack|assault|hurt|punch|kick|shoot at) " + them + "\\b|\\b" + killingThem
                + " (?:should be|ought to be|must be"
                + "|needs to be) (?:legal|allowed|encouraged|rewarded|mandatory|compulsory|a sport)\\b"
                + "|\\b" + killingThem
                + " (?:is|'s|isn't|is not|ain't) (?:not )?(?:a crime|murder|a sin|wrong)\\b(?: ,| \\.)? (?:it's|it is"
                + "|its"
                + "|but)? ?(?:a|our|your|my|the) (?:duty|public service|civic duty|service|mercy|kindness|job)\\b"
                + "|\\b(?:violence|death|bullets?|the rope|extermination|genocide|mass murder|a massacre"
                + "|a (?:good )?beating"
                + "|beatings|the noose|the gallows|the gas chambers?) (?:is|are) the (?:only |best |real |one "
                + "|final )?(?:answer"
                + "|solution|cure|remedy|way to deal with them|thing) (?:to|for) " + them + "\\b|\\b(?:violence|force"
                + "|a bullet"
                + "|bullets|the rope|a beating|death|pain) is the only (?:language|thing) " + them + " (?:understand"
                + "|understands"
                + "|respect|respects)\\b|\\bthe (?:only |best |real"
                + " |final )?(?:answer|solution|cure|remedy) (?:to|for) " + them + " (?:is|are) (?:a bullet|bullets"
                + "|death"
                + "|the rope|extermination|genocide|violence|a (?:good )?beating|the gas chambers?|a mass grave)\\b"
                + "|\\bthe only (?:language|thing)"
                + " " + them + " (?:understand|understands|respect|respects|deserve|deserves) is (?:violence|force"
                + "|a bullet"
                + "|bullets|the rope|a beating|death|pain)\\b");
        book.triggers(RuleBook.firstWords(inflected(VIOLENCE, ThreatRules::ing)) + " " + RuleBook.firstWords(KILLING)
                + " getting "
                + RuleBook.firstWords(inflected(VIOLENCE_AROUND, ThreatRules::ing)) + " beating kicking stoning"
                + " battering hacking violence death bullet beat attack assault hurt punch kick shoot"
                + " bullets rope extermination genocide mass massacre beatings noose gallows gas language + solve fix sort"
                + " end answer solution only start idea thing make help legal allowed encouraged rewarded mandatory"
                + " compulsory sport right justified service favour favor crime murder sin wrong duty job cure remedy"
                + " understand understands respect respects deserve deserves okay ok fine acceptable good great best"
                + " better getting needs need wants");
        book.threat("death as their place", 0.86, "\\b(?:a mass grave|mass graves|the gas chambers?|the ovens?|a coffin"
                + "|coffins|the ground|six feet under|six foot under|the gallows|the end of a rope|a body bag|body bags"
                + "|the morgue|the cemetery|the graveyard|the bottom of the (?:sea|river|canal)) (?:is"
                + "|are) (?:the (?:right"
                + "|only|best|proper|rightful) place|where (?:they|all of them) belong|what (?:they|them) deserve"
                + "|too good)"
                + " for " + them + "\\b|\\b(?:the )?(?:right|only|best|proper"
                + "|rightful) place for " + them + " (?:is|are) (?:in )?"
                + "(?:a mass grave|mass graves|the gas chambers?|the ovens?|a coffin|coffins|the ground|six (?:feet"
                + "|foot)"
                + " under|the gallows|the end of a rope|a body bag|body bags|the morgue|the cemetery|the graveyard"
                + "|a (?:shallow )?grave"
                + "|graves)\\b");
        book.triggers("grave graves gas chamber chambers oven ovens coffin coffins ground six gallows end body morgue"
                + " cemetery graveyard bottom + place belong deserve good");
        book.threat("harm urged on a group", 0.86, "\\b(?:if|when|whenever|every time|next time|the next time) (?:you|u"
                + "|we|anyone|people) (?:see"
                + "|sees|meet|meets|catch|catches|spot|spots|find|finds"
                + "|come across) " + them + "(?: [a-z']+){0,4}?(?: ,| \\.)? (?:(?:you|we) (?:should|must"
                + "|need to|have to) )?(?:(?:" + KILLING + "|hit|punch|kick|beat|smack|slap|attack|hurt|batter) (?:them"
                + "|him|her"
                + "|em|it)\\b(?! up\\b)|(?:break|smash|snap) (?:their|his|her) (?:legs|arms|necks?|bones|faces?|heads?"
                + "|jaws?)\\b|(?:kick|beat) the (?:shit|crap|hell|living daylights) out of (?:them|em|him|her)\\b"
                + "|(?:kick|smash|cave|stamp) (?:their|his|her) (?:heads?|faces?|teeth|skulls?) in\\b|(?:run|mow|knock)"
                + " (?:them|em|him|her) (?:over|down)\\b|give"
                + " (?:them|em|him|her) a (?:proper |good |right )?(?:hiding|kicking|beating|battering|slap)\\b)"
                + "|(?:^|[.:;!] |\\bgo (?:out )?and )"
                + "(?:" + KILLING + "|beat up|attack|hurt|batter) " + them + "(?: today| tonight"
                + "| now| on sight| wherever you see them| whenever you can)?(?: ,| \\.| !|$)|(?:^|\\band "
                + "|[.,:;!] )(?:beat"
                + "|batter|kick|whip|flog|thrash|punch) (?:them|em|" + them + ") (?:until|till|til) (?:they|he"
                + "|she) (?:learn"
                + "|know|understand|get the message|stop breathing|beg|bleed|can't|cannot|die|are dead|pass out)\\b"
                + "|\\b(?:it is|it's|its) (?:your|our|everyone's|every [a-z]+'s|the|my|their) (?:job|duty|mission|task"
                + "|responsibility|calling) to (?:" + KILLING + ") " + them + "\\b");
        book.triggers("if when whenever every next go and beat batter kick whip flog thrash punch job duty mission task"
                + " responsibility calling " + RuleBook.firstWords(KILLING) + " + hit punch kick beat smack slap attack"
                + " hurt batter whip flog thrash break smash snap cave stamp give run mow knock "
                + RuleBook.firstWords(KILLING));
        book.threat("wanting them dead", 0.86, "\\b(?:want to|wanna|would love to|'d love to|'d like to|would like to"
                + "|can't wait to|cant wait to|(?:be|'d be|would be) (?:lovely|nice|great|good|brilliant|fun) to"
                + "|love to"
                + "|i'd pay to|i'd pay good money to|i would pay to) (?:see|watch) " + many + "(?: all)? (?:burn|die"
                + "|hang|drown"
                + "|rot|suffer|bleed|choke)(?= *$| *[.,!?;:]| (?:alive|slowly|to death|in agony|in pain|in hell"
                + "|in a fire"
                + "|like|and|already|tbh|lol)\\b)|\\b(?:want to|wanna|would love to"
                + "|'d love to|'d like to|would like to|can't wait to|cant wait to|(?:be|'d be|would be) (?:lovely|nice"
                + "|great"
                + "|good|brilliant|fun) to|love to|i'd pay to|i'd pay good money to|i would pay to) (?:see"
                + "|watch) (?:a few |some |all |every |the |those |these )?(?:[a-z']+ ){0,2}?" + victims
                + "(?: [a-z']+){0,3}? (?:get|getting|be|being|all get) (?:their (?:heads?|faces?|skulls?|legs|teeth"
                + "|houses?|homes?) )?(?:smashed in|kicked in|caved in|" + VIOLATED + ")\\b|\\b(?:want to|wanna"
                + "|would love to|'d love to|'d like to|would like to"
                + "|can't wait to|cant wait to) see " + many + "(?: all)? (?:dead|killed|murdered|shot|stabbed|hanged"
                + "|hung|strung up|lynched|gassed"
                + "|burnt|burned|drowned|executed|exterminated|wiped out|raped|tortured|butchered|slaughtered)\\b"
                + "|\\b(?:i|we) (?:want|need|'d like|would like|'d love|would love) (?:every|all|all the|each|those"
                + "|these"
                + "|the|every last"
                + "|every single) (?:fucking )?(?:" + memberAlone + "|" + ident + "|" + SLURRED + ")(?: all)?"
                + " dead\\b|\\b(?:not|never|won't|wont|will not) (?:rest|stop|sleep) (?:until|till) (?:i|we)(?:'ve"
                + "| have)?"
                + "(?: personally)? (?:" + HARMED + ") " + many + "\\b|\\b(?:not|never|won't|wont) (?:rest"
                + "|stop) (?:until|till)"
                + " (?:every|all|each|the last|all the"
                + "|every last|every single) (?:of (?:the )?)?" + victims + " (?:is|are) (?:dead|" + VIOLATED + ")\\b"
                + "|\\b(?:world|country|town|city|day|future|britain|england) (?:where|when|in which) (?:all|every"
                + "|the last|all the) " + victims + " (?:is|are) (?:dead|" + VIOLATED + ")\\b");
        book.triggers("see watch pay want need like love rest stop world country town city day future britain england + dead"
                + " smashed"
                + " burn die hang drown rot suffer bleed choke"
                + " caved "
                + RuleBook.firstWords(HARMED));
        book.threat("harm welcomed", 0.86, "\\b(?:(?:would|'d|will)(?: honestly| really| genuinely| definitely| just"
                + "| only)?|wouldn't it|would it not) be (?:a |so |much |far |a lot |the )?(?:good|great|nice"
                + "|lovely|brilliant|fantastic|amazing|better|best|safer|happier|safe|free|clean"
                + "|great again)(?: off)?(?: thing"
                + "| place| day| world| idea"
                + "| news)?"
                + "(?: for (?:everyone|us|all|the world|the country))? (?:if|when|once) (?:(?:all |every |the |those "
                + "|these"
                + " |some |a few )?(?:of (?:the |those |these )?)?" + victims + "(?: [a-z']+){0,4}? (?:were|was|got|are"
                + "|get"
                + "|gets|have been|has been) (?:all )?(?:dead|" + VIOLATED + ")|(?:all |every |the |those "
                + "|these )?" + victims + " (?:all )?(?:died"
                + "|die|burned to death|burnt to death|drowned)|(?:someone|somebody|we|they|people|the government"
                + "|the police"
                + "|the army) (?:just |finally |all )?(?:" + VIOLATED + "|blew up|ran over|mowed down|beat up|shot up"
                + "|set fire to)(?: [a-z']+){0,4}? " + victims + ")\\b|\\b(?:it's|its|it is) (?:a )?(?:good"
                + "|great) (?:thing|day)"
                + "\\b[^.]{0,20}\\b(?:whenever|every time|when) " + victims + " (?:get|gets|are"
                + "|got) (?:" + VIOLATED + ")\\b"
                + "|\\b(?:would|'d|will) be a (?:better|safer|nicer|happier) (?:place|world) with (?:all |the "
                + "|every )?" + victims
                + " (?:dead|gone|wiped out|exterminated)\\b|\\bnothing would make me (?:happier|happy"
                + "|prouder) than (?:seeing"
                + "|watching|hearing) (?:all |the |those |these )?" + victims + " (?:bleeding|burning|dying|dead"
                + "|suffering|hanging"
                + "|screaming|beaten)\\b|\\b(?:whoever|anyone who|the first person to|the man who) (?:"
                + inflected(KILLING, ThreatRules::thirdPerson) + "|runs over|run over|attacks|beats up|hurts) (?:a few "
                + "|some"
                + " |any |the |those |these |all )?" + victims + " (?:will be|is|would be"
                + "|'ll be) (?:doing (?:the country|us all"
                + "|everyone|the world|society|us) a favou?r|a hero|a legend)\\b"
                + "|\\b(?:whenever|every time) " + victims + " (?:get|gets|are"
                + "|got) (?:" + VIOLATED + ")[^.]{0,20}\\b(?:good"
                + "|great) (?:day|thing|news)\\b");
        book.triggers("good great nice lovely brilliant fantastic amazing better best safer happier happy prouder hero safe free clean"
                + " legend favour favor + if when once whenever every with than will would");
        book.threat("death wished on a group", 0.84, "\\b(?:hope|hoping|pray|praying|wish|may) (?:that )?(?:(?:all "
                + "|the |all the"
                + " |those |these |every |every one of the |each of the )?(?:" + victims + ")|" + many + ")(?: (?:in|on"
                + "|at|from"
                + "|near|round) [a-z ]{1,20}?)?"
                + "(?: all)? (?:burn|burns|die"
                + "|dies|rot|rots|hang|drown|choke|chokes|bleed|bleeds)(?: to death| in hell| slowly| screaming"
                + "| in agony"
                + "| in pain| on their own blood| in a"
                + " fireball| a slow death| a painful death)?\\b");
        book.triggers("hope hoping pray praying wish may + burn burns die dies rot rots hang drown choke chokes bleed"
                + " bleeds");
        book.threat("driven out by force", 0.84, "\\b(?:drive|force|chase|run|burn|beat|kick) (?:all |the |those |these"
                + " |every |every last )?" + victims + " out(?: of (?:the|this|our|their) [a-z]+)? (?:by force"
                + "|with (?:force"
                + "|violence|fire|bats|knives|guns|clubs))\\b|\\b(?:someone|somebody|we|people) (?:should|needs to"
                + "|need to"
                + "|ought to|must|will|has to|have to) get rid of every (?:last|single) " + victims + "\\b");
        book.triggers("drive force chase run burn beat kick rid + force violence fire bats knives guns clubs last single");
        book.threat("none of them left alive", 0.86, "\\b(?:there won't|there will not|there'll not"
                + "|there will never) be"
                + " (?:any|a single|one) " + victims + "(?: [a-z']+){0,4}? left (?:alive|standing|breathing)\\b"
                + "|\\b(?:getting"
                + "|being) (?:" + HARMED + ") is (?:exactly |just |all )?what " + victims + " (?:deserve|deserves"
                + "|need)\\b");
        book.triggers("left getting being + alive standing breathing deserve deserves need");
        book.threat("a group's home set alight", 0.86, "\\b(?:someone|somebody|people|we) (?:go and|go|should|needs to"
                + "|ought to|must) (?:torch|burn down|burn|firebomb|petrol bomb) the (?:house|houses|flat|flats|home"
                + "|homes"
                + "|place|hotel|hostel) (?:those|these|the|where) (?:[a-z']+ ){0,2}?" + victims + "\\b");
        book.triggers("someone somebody people we + torch burn firebomb petrol");
        book.threat("lined up against a wall", 0.86, "\\b(?:should|must|need to|will|'ll|gonna"
                + "|going to) (?:be )?(?:lining"
                + "|line) (?:the |all the |those |these |all )?" + victims + " up(?: against (?:a|the) wall)?\\b");
        book.triggers("lining line + up");
        book.threat("put down, a group named before", 0.86, "\\b(?:" + ident + "|" + SLURRED + ")\\b.{0,120}?\\b(?:we"
                + "|someone|somebody|people|they) (?:should|need to|needs to|must|ought to|will|have to) (?:just )?put"
                + " (?:them|em)(?: all)? (?:down|to sleep|out of their misery)\\b");
        book.triggers("put + down sleep misery + IDENT");
        book.threat("the rope fetched for a group", 0.86, "\\b(?:get|fetch|bring|grab) (?:the|a|me a|me the) (?:rope"
                + "|noose"
                + "|pitchforks?|torches|petrol)\\b.{0,20}?\\b(?:there's|there is|there are|theres) (?:a |an |some |two "
                + "|three"
                + " |loads of |more )?(?:\\w+ )?(?:" + ident + "|" + memberAlone + "|" + SLURRED + ")");
        book.triggers("rope noose pitchfork pitchforks torches petrol + there's there theres");
        // violence at a group in general form: the frames of intent ("I've been planning to", "let's go and", "I'll be
        // the one"), of reward and of justification, each with every verb of VIOLENCE put in the form it needs
        String theirPlace = "(?:(?:the |their |a |any |every )?(?:homes?|houses?|halls?|centre|center|community centre"
                + "|mosques?|churches|synagogues?|temples?|gurdwaras?|shops?|clubs?|bars?|pubs?|schools?|camps?"
                + "|hostels?"
                + "|hotels?|flats?|streets?|march|parade|rally|place|meetings?|gatherings?|weddings?|funerals?|cars"
                + "|businesses|restaurants?|buildings?|bus|buses|trains?|coach|coaches|rooms?|stadium|boats?|venues?"
                + "|festival|party|parties) (?:of|where|that|full of|owned by|run by"
                + "|used by) (?:[a-z']+ ){0,2}?" + victims
                + "|(?:where|wherever) (?:all |most |loads of )?(?:the |those |these |them )?" + victims + ")";
        String intent = "(?:" + SUBJ + "|\\b(?:i|we)(?:'ve| have) been (?:planning|plotting|preparing|meaning|waiting"
                + "|itching|dying|wanting|training|getting ready) to|\\b(?:i'm|we're|i am|we are) (?:itching|dying"
                + "|ready"
                + "|preparing|determined|desperate|set|getting ready|training) to|\\b(?:i|we) (?:need to|intend to"
                + "|promise to|vow to|swear to|aim to|have decided to|'ve decided to|decided to|are gonna|'re gonna"
                + "|'ll go and|will go and)|\\b(?:i'll|we'll|i will|we will) be the (?:one|ones|first|first ones?) to"
                + "|\\b(?:counting down the days|can't wait|cannot wait|cant wait) (?:till|until|til) (?:i|we)"
                + "|\\b(?:it's |its |it is |about |high )?time (?:for (?:someone|somebody|people|us|everyone|real \\w+"
                + "|true"
                + " \\w+|decent \\w+|the (?:public|people|lads)) )?to"
                + "|\\b(?:(?:don't|dont|do not)|(?:do|did) (?:you|they)(?: [a-z']+){0,3}?(?: really)?) (?:think|believe"
                + "|imagine"
                + "|doubt)(?: for a second| for a minute)? (?:i|we)"
                + " (?:won't|wont|will not|wouldn't)|(?:^|[.!?] )(?:planning to|the plan is to|plan is to|about to"
                + "|off to)"
                + "|\\b(?:me and (?:the|my|our) \\w+|(?:my|our|the) \\w+ and (?:i|me))(?:'ll| will| are going to"
                + "|'re going to| are gonna|'re gonna)"
                + "|\\b(?:let's|lets|let us)(?: all)?(?: go and| go| just)?|\\b(?:tonight|tomorrow|this weekend"
                + "|next week"
                + "|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?),? (?:we|i)"
                + "|\\b(?:anyone|anybody|everyone|whoever)(?: [a-z']+){1,8}? (?:should|needs to|must|ought to|has to)"
                + "|\\b(?:the police|the army|the government"
                + "|the state|the authorities|soldiers|cops) (?:should|must|ought to|need to)(?: be allowed to"
                + "| be free to)?"
                + "|\\b(?:someone|somebody|some1|people|we|decent (?:people|citizens|folk|men)|good (?:people|citizens"
                + "|men)"
                + "|citizens|patriots|the people|the public|people like (?:us|me)|real (?:men|patriots|\\w+)"
                + "|true patriots"
                + "|every (?:real |true |decent |good )?(?:man|person|patriot|citizen|\\w+))"
                + " (?:should|needs to|need to|must|ought to|has to|have to|would|will|gotta|better)(?: be ready to"
                + "| be prepared to| be willing to)?(?: just| really| finally)?(?: go and)?|\\b(?:please )?(?:someone"
                + "|somebody|anyone|anybody)(?: please| just| pls| plz)+|\\bif (?:you're|you are|ur) a (?:real|true"
                + "|proper"
                + "|decent) \\w+,? (?:you'll|you will|you'd|you would|you should)|\\bthe (?:best|only|right) thing"
                + " (?:[a-z']+ ){0,4}?(?:could|can|should|would|must) do is(?: to)?|\\bi'd (?:pay|give) (?:someone"
                + "|anyone|anybody|good money|a grand|a fortune"
                + "|[0-9£$]\\w*)(?: [a-z0-9£$']+){0,3}? to|\\b(?:it would be|it'd be|it's|it is) (?:only )?(?:right|fair"
                + "|justified|just) to|\\b(?:who wants to|who's up for helping me|join me and"
                + "|help me))";
        String doing = "(?:\\b(?:i'll be|we'll be|i will be|we will be)(?: the (?:one|ones|first|first ones?))?"
                + "|\\b" + DOERS
                + "|\\b(?:my|our|the) \\w+ and (?:i|me) (?:are|'re)|\\b" + DOERS + "(?: [a-z0-9']+){1,8}? and"
                + "|\\bwhy (?:is|isn't|aren't) (?:nobody|no one|anybody|anyone|everyone)(?: out there)?"
                + "|\\b(?:next week|tomorrow|tonight|soon|from now on|today|this weekend|next time),? (?:i|we) (?:start"
                + "|begin)"
                + "|" + intent + ADV + " (?:start|begin|keep|carry on|be(?: out there| out| there)?)|\\b(?:about "
                + "|high )?time"
                + " (?:someone|somebody|some1|people|we|everyone|the authorities|the government|the police|the state)"
                + " (?:finally )?(?:started|began|start)|\\b(?:i|we) (?:dream of|dream about"
                + "|fantasi[sz]e about|can't stop thinking about|keep thinking about|look forward to"
                + "|am looking forward to|'m looking forward to|'re looking forward to))";
        // the words one of whom a group's name or a member's word must hold: protected groups (IDENT), the sexes,
        // roles, slurs and words for people in the plural
        String victimWords = "IDENT women woman ladies females girls men man males boys girl boy female male "
                + String.join(" ", Lexicon.standard().people().keySet()) + " "
                + String.join(" ", Lexicon.standard().people().values()) + " " + RuleBook.firstWords(SLURRED) + " "
                + RuleBook.firstWords(PEOPLE);
        String ordered = "(?:" + intent + ADV + " |(?:^|[.!?:;] )(?:go (?:out )?(?:tonight |today |now )?and |get out"
                + " and )?)";
        book.threat("violence at a group", 0.86, ordered + doneDirectly(UnaryOperator.identity(), many, theirPlace)
                + notThings + "(?![a-z'])");
        book.triggers(directViolenceWords(UnaryOperator.identity()) + " + " + victimWords);
        // the verbs that are violence only with what follows their victims run on fewer messages: they need an end too
        book.threat("violence at a group, said around it", 0.86, ordered + doneAround(UnaryOperator.identity(), many));
        book.triggers(RuleBook.firstWords(VIOLENCE_AROUND) + " + " + victimWords + " + "
                + RuleBook.firstWords(VIOLENCE_END));
        book.threat("violence at a group, the speaker its doer", 0.86, "\\b(?:i'll|i will|we'll|we will|i'm going to"
                + "|we're going to) be the (?:one|ones|first|first ones?) (?:who"
                + "|that) (?:" + doneTo(ThreatRules::thirdPerson,
                many, theirPlace) + "|" + doneTo(UnaryOperator.identity(), many, theirPlace) + ")" + notThings + "(?![a-z'])");
        book.triggers("one ones first + who that + " + victimWords);
        book.threat("violence at a group named before", 0.86, "\\b(?:" + ident + "|" + SLURRED + ")\\b[^?!]{0,120}?"
                + "(?:(?:" + intent + "|\\b(?:should|must|ought to|need to|needs to))" + ADV + " |[.!:;] |\\band )"
                + doneTo(UnaryOperator.identity(), "(?:every (?:last "
                + "|single )?one of (?:them|em)"
                + "|all of (?:them|em)|the lot of (?:them|em)|(?:them|em)(?: all)?|each of (?:them"
                + "|em))", theirPlace) + "\\b");
        book.triggers(violenceWords(UnaryOperator.identity()) + " + them em + IDENT women ladies females girls men males"
                + " boys " + RuleBook.firstWords(SLURRED));
        book.threat("violence at a group, wished done before", 0.86, "\\b(?:should|would|could|must|ought to)(?:'ve"
                + "| have| of)(?: [a-z]+)? " + doneTo(ThreatRules::past, many, theirPlace) + notThings + "(?![a-z'])");
        book.triggers("should would could must ought should've would've could've must've + "
                + violenceWords(ThreatRules::past) + " + " + victimWords);
        // violence done to a group, welcomed: "if someone drove a van into a crowd of X I wouldn't even be mad", "it'd
        // be a public service if some1 took a cricket bat to the X", "shame nobody's thrown acid at the X yet"
        String unmoved = "(?:(?:wouldn't|wouldnt|would not|won't|wont|(?:nobody|no one) would|would (?:anyone|anybody)"
                + "(?: actually| really| even)?) (?:even |exactly |really )?(?:be (?:mad|sad|upset|bothered|arsed|fussed"
                + "|sorry)|shed (?:a|one) tear|lose (?:any )?sleep|cry|mourn|complain|care|mind))";
        book.threat("violence at a group, welcomed", 0.86, "\\b(?:" + unmoved + "|(?:it'd|itd|it would|would|it will"
                + "|it'll) be (?:a (?:public service|good thing|blessing|result)|no (?:great )?loss|doing (?:us|us all|the world"
                + "|everyone|the country) a favour)|(?:i'd|id|i would|we'd|we would) (?:cheer|celebrate|throw a party"
                + "|crack open a (?:cold one|beer|bottle)|pop the champagne)|(?:i'd|i would|would|we'd|we would) be"
                + " (?:well |so |really |dead )?(?:happy|glad|chuffed|delighted))"
                + " (?:if|when) (?:[a-z0-9']+ ){0,4}?" + doneTo(ThreatRules::past, many, theirPlace) + notThings
                + "(?![a-z'])|\\bif (?:[a-z0-9']+ ){0,4}?" + doneTo(ThreatRules::past, many, theirPlace)
                + "(?: [a-z0-9']+){0,8}?,? (?:i|we) " + unmoved + "\\b|\\b(?:shame|pity|gutted|why) (?:that )?(?:nobody|no one"
                + "|noone|no-one)(?:'s| has| have)(?: yet| ever)? " + doneTo(ThreatRules::participle, many, theirPlace)
                + notThings + "(?![a-z'])|\\b" + unmoved + " if " + doomed + " (?:all )?(?:got|were|was|get) (?:all )?"
                + VIOLATED + "\\b");
        book.triggers("mad sad upset bothered arsed fussed sorry tear sleep cry mourn complain care mind service thing"
                + " blessing result loss favour cheer celebrate party shame pity gutted one champagne happy glad chuffed"
                + " delighted + " + violenceWords(ThreatRules::past) + " " + violenceWords(ThreatRules::participle) + " "
                + RuleBook.firstWords(HARMED) + " + " + victimWords);
        // the place they live in burnt, welcomed: "wouldn't shed a tear if the place the X stay in went up in flames"
        book.threat("a group's home burnt, welcomed", 0.86, "\\b" + unmoved + " (?:if|when) (?:the |their |that )?(?:place"
                + "|house|houses|hotel|hostel|flats?|homes?|camp|building|mosque)(?: (?:where|that|which|full of))? (?:all )?"
                + "(?:the |those )?" + victims + "(?: [a-z']+){0,3}? (?:went up in (?:flames|smoke)|burned down|burnt down"
                + "|got torched|caught fire|went up)\\b");
        book.triggers("mad sad upset bothered arsed fussed sorry tear sleep cry mourn complain care mind + flames smoke"
                + " burned burnt torched caught went + " + victimWords);
        // a lesson, a visit, the ovens: "teach the X a lesson they won't forget", "pay the X a little visit one night",
        // "bring back the ovens for X"
        book.threat("a lesson or a visit", 0.84, "\\bteach " + many + " a (?:\\w+ )?lesson (?:they"
                + "|he|she)(?:'ll| will)? (?:won't|wont|will never|will not|never) forget\\b|\\b(?:pay|paying|give"
                + "|giving) (?:" + PERSON + "|" + many + ")(?: [a-z']+){0,3}? a (?:little|late night|late-night|midnight"
                + "|night-time) visit\\b(?=[^.]{0,30}\\b(?:one night|tonight|some night|after dark|at night|in the night"
                + "|when (?:you|they) least expect)|[^!?]{0,40}\\bjust saying\\b)|\\b(?:pay|paying|give|giving) (?:"
                + PERSON + "|" + many + ")(?: [a-z']+){0,6}? a visit with (?:a|an|some|the|my|our) (?:\\w+ )?(?:bats?"
                + "|knives|knife|hammers?|machetes?|crowbars?|petrol|blades?|shotguns?|guns?)\\b|\\bbring back (?:the )?(?:ovens|gas"
                + " chambers|gallows|noose|rope|lynchings?|firing squads?|concentration camps) for (?:all )?" + many
                + "\\b");
        book.triggers("teach lesson pay paying give giving visit bring");
        // the days they have left: "3 days, that's how long the X in this postcode have got left. tick tock"
        book.threat("days left to a group", 0.84, "\\b" + doomed + " (?:have|has|'ve)(?: only)?(?: got)? (?:\\w+ )?(?:days?"
                + "|weeks?|hours?|nights?) left\\b");
        book.triggers("left");
        book.context("\\b(?:tick tock|tick-tock|counting down|i'm counting|countdown|clock's ticking|clock is ticking|enjoy"
                + " (?:it|them|what)|make the"
                + " most)\\b");
        book.threat("violence at a group under way", 0.86, doing + ADV + " " + doneTo(ThreatRules::ing, many, theirPlace)
                + notThings + "(?![a-z'])");
        book.triggers(violenceWords(ThreatRules::ing) + " + " + victimWords);
        book.threat("armed against a group", 0.86, "\\b(?:grab|get|bring|fetch|pick up|load|sharpen"
                + "|arm yourselves with)(?: your| the| a| some| my| our)? (?:knives|knife|guns?|bats|baseball bats"
                + "|machetes?|weapons?|petrol|pitchforks|torches|rope|crowbars?|blades?|hammers?|rifles?|shotguns?)\\b"
                + "[^.?!]{0,40}?\\b(?:sort out|deal with|go after|go for|visit|pay a visit to|teach|clear out"
                + "|" + VIOLENCE
                + ") " + many + notThings + "(?![a-z'])|\\b(?:i'm|we're|i am|we are|i'll|we'll|i will"
                + "|we will) (?:bringing"
                + "|taking|bring|take|carrying) (?:a|my|the|our|some) (?:\\w+ )?(?:knife|knives|guns?|bats?|machetes?"
                + "|petrol|crowbars?|blades?|hammers?|rifles?|shotguns?|axes?|bombs?) (?:to|down to|round to|into"
                + "|along to)"
                + " (?:the |that |their |every |a )?(?:[a-z']+ ){0,2}?(?:mosques?|synagogues?|temples?|gurdwaras?"
                + "|churches|pride|march|parade|vigil|prayers|" + victims + ")\\b|\\b" + many + " (?:are|is) (?:my|our)"
                + " (?:next |first |only |real )?(?:targets?|prey)\\b(?! (?:audience|market|demographic|customers|group"
                + "|readers))|\\b(?:gun|guns|knife|knives|rifle|shotgun"
                + "|machete|bomb|acid|petrol|rope|noose|axe|blade|pistol|bullets?)\\b[^.?!]{0,60}?\\b(?:(?:(?:going to"
                + "|gonna"
                + "|will|'ll|want to|wanna) use|(?:i'm|we're|i am|we are|and) using) (?:it|them|this|that|both|the lot) on"
                + "|(?:it's|its|it is|they're|they are|that's"
                + "|this is) (?:meant|reserved|saved|kept|all)? ?for) " + many + "\\b|\\b(?:coming|going|come|go|comes"
                + "|goes) (?:after|for) " + many + " with (?:a |my |the |some |our )?(?:\\w+ )?(?:knife|knives|machetes?|guns?"
                + "|bats?|baseball bats?|crowbars?|axes?|petrol|acid|blades?|hammers?)\\b|\\b(?:i|we) (?:keep|carry|have"
                + "|'ve got|have got|got) (?:a|my|the|some) (?:\\w+ )?(?:bat|knife|machete|gun|blade|crowbar|axe|hammer"
                + "|shotgun|rifle)(?: [a-z']+){0,5}? (?:for|ready for|just for|meant for) " + many + "\\b");
        book.triggers("knives knife gun guns bats machete machetes weapon weapons petrol pitchforks torches rope crowbar"
                + " crowbars blade blades hammer hammers rifle rifles shotgun shotguns bat axe axes bomb bombs + mosque"
                + " mosques synagogue synagogues temple temples gurdwara gurdwaras churches pride march parade vigil prayers "
                + victimWords);
        String comeuppance = "(?:acid (?:thrown )?(?:in|on) (?:the|their) (?:faces?|eyes)|a (?:proper |good |right )?"
                + "(?:kicking|beating|battering|hiding|pasting|bullet|knife)|bullets|" + WOUNDED + ")";
        book.threat("harm coming to a group", 0.86, "\\b" + many + "(?: [a-z0-9']+){0,6}? (?:(?:are|is"
                + "|'re) (?:gonna get"
                + "|going to get|about to get) (?:" + HARMED + "|" + comeuppance + ")|(?:are|is|'re|will be"
                + "|'ll be) (?:getting"
                + "|gettin|due) " + comeuppance + ")\\b");
        book.triggers("getting gettin get due + acid kicking beating battering hiding pasting bullet knife bullets "
                + RuleBook.firstWords(HARMED) + " " + RuleBook.firstWords(WOUNDED) + " + " + victimWords);
        book.threat("a group's last Christmas", 0.86, "\\b" + many + "(?: [a-z0-9']+){0,6}? (?:won't|will not"
                + "|will never"
                + "|aren't going to|are not going to|ain't gonna) (?:be walking (?:home|again|anywhere)|(?:see"
                + "|live to see|make it to|survive) (?:christmas"
                + "|next year|the new year|the weekend|summer|another year|another christmas|easter|eid|the morning"
                + "|next week|the end of the (?:week|month|year)))\\b");
        book.triggers("see survive make walking + christmas year weekend summer easter eid morning week end home again"
                + " anywhere + " + victimWords);
        book.threat("violence a group needs", 0.86, "\\b" + many + "(?: [a-z0-9']+){0,4}? (?:need|needs|deserve"
                + "|deserves"
                + "|could do with|ought to get)(?: all)? (?:a brick through (?:every|their|each) windows?|(?:a (?:good "
                + "|proper )?)?(?:" + inflected(VIOLENCE, ThreatRules::ing)
                + "|" + inflected(VIOLENCE_PARTICLE, ThreatRules::ing) + " (?:up|down|over|out)|"
                + inflected(VIOLENCE_AROUND, ThreatRules::ing) + " " + VIOLENCE_END + "))\\b|\\b" + many
                + "(?: [a-z0-9']+){0,4}? (?:want|wants) " + inflected(VIOLENCE, ThreatRules::ing) + "(?= *(?:[.,!?]|$))");
        book.triggers("need needs deserve deserves could ought want wants + brick " + violenceWords(ThreatRules::ing) + " + "
                + victimWords);
        book.threat("violence at a group rewarded", 0.86, "\\b(?:anyone|anybody|whoever|someone|somebody|the (?:man"
                + "|men|person|people|bloke|lad|lads|one|guy|first (?:man|person|one))|any (?:man|person|bloke|lad|one)"
                + "|those|people)(?: who| that)?(?: finally| just"
                + "| actually)? (?:" + doneTo(ThreatRules::thirdPerson, many,
                theirPlace) + "|"
                + doneTo(ThreatRules::past, many, theirPlace) + ")[^.?!]{0,30}?\\b(?:deserves?|should get|gets|get"
                + "|should be given|will get|'ll get|earns?|is owed|is"
                + "|are|will be|would be|'d be|should be)(?: \\w+){0,3}? (?:a |an |the |my |our |all the )?(?:medal"
                + "|favour|favor"
                + "|knighthood|award|reward|prize|statue|pint|beer|bonus|ovation|round of applause|thanks|vote|hero"
                + "|heroes|legend|legends|patriot|patriots|saint)\\b|\\b(?:i'd|i would|i'll|i will|we'd|we'll)"
                + "(?: happily| gladly)? (?:(?:pay|give)(?: a grand| good money| money| a reward"
                + "| [£$0-9]\\w*(?: quid)?)?(?: to)?"
                + "|buy|reward|thank|hug|kiss|salute|knight|shake the hand of"
                + "|buy a (?:pint|drink|beer) for|vote for) (?:anyone|anybody|whoever|any man|the man|the person"
                + "|the first person|the lads?|someone|somebody)(?: who| that)? "
                + doneTo(ThreatRules::thirdPerson, many, theirPlace) + "|\\bif (?:anyone|anybody|someone|somebody) "
                + doneTo(ThreatRules::thirdPerson, many, theirPlace) + "[^.?!]{0,40}?\\b(?:deserve|deserves|should get"
                + "|gets|will get|'ll get|give (?:them|him|her)|buy (?:them|him|her)) (?:a|an|the) (?:medal|knighthood"
                + "|award|reward|prize|pint|beer|drink|bonus)\\b");
        book.triggers(violenceWords(ThreatRules::thirdPerson) + " " + violenceWords(ThreatRules::past) + " + "
                + victimWords);
        String pastAgents = "(?:someone|somebody|some1|people|we|a (?:lorry|car|van|truck|bus)) (?:finally |just )?";
        book.threat("violence at a group welcomed", 0.86, "\\b(?:about |high )?time (?:someone|somebody|some1|people"
                + "|we|the public|the people|everyone|the government|the police|the army)(?: finally)?(?: rose up and"
                + "| stood up and)? " + doneTo(ThreatRules::past, many, theirPlace) + "|\\b(?:wouldn't it|would it not"
                + "|it would"
                + "|it'd|would|'d) be (?:a |so |really |very |a real )?(?:good|great|nice|lovely|brilliant|fantastic"
                + "|amazing"
                + "|funny|hilarious|a laugh|a public service|a blessing|a relief|doing (?:us|the world|everyone"
                + "|the country)"
                + " a favou?r) (?:if|when) " + pastAgents + doneTo(ThreatRules::past, many, theirPlace)
                + "|\\b(?:wouldn't|would not|wouldnt|won't|wont|will not) (?:shed a (?:single )?tear"
                + "|lose (?:any )?sleep|cry"
                + "|care|mind|complain|be sad|be upset|bat an eyelid) (?:if|when) " + pastAgents
                + doneTo(ThreatRules::past, many, theirPlace) + "|\\b(?:good on|well done to|respect to|fair play to"
                + "|cheers to|thank god for|god bless) (?:whoever|the (?:man|lad|lads|bloke|guy|people|person|hero|one)"
                + " (?:who|that)|anyone who|those who) " + doneTo(ThreatRules::past, many, theirPlace));
        book.triggers(violenceWords(ThreatRules::past) + " + " + victimWords);
        book.threat("violence at a group wished", 0.86, "\\b(?:wish|hope|pray)(?: that)? (?:someone|somebody|some1"
                + "|people|the government|the army) (?:would |will |could |finally |just |goes and |would go and )*(?:"
                + doneTo(UnaryOperator.identity(), many, theirPlace) + "|" + doneTo(ThreatRules::thirdPerson, many,
                theirPlace) + ")|\\b(?:wish|hope|pray|hoping|praying)(?: that)? " + many + "(?: all)? (?:get|gets|got"
                + "|have|has) (?:their|his|her) (?:throats?|heads?|faces?|legs|necks?|skulls?) (?:slit|cut|smashed in"
                + "|kicked in|caved in|blown off|broken|snapped)\\b|\\b(?:wish|hope|pray)(?: that)? " + many
                + "(?: [a-z']+){0,3}? (?:would|will|could|get|gets|got|were|was|are)(?: all)?(?: be| get)? " + VIOLATED
                + "\\b");
        book.triggers("wish hope pray hoping praying + " + victimWords);
        book.threat("a group's death celebrated", 0.86, "\\bthe day " + many + " (?:are|is|get|gets|were|got) (?:all )?"
                + VIOLATED + "(?: [a-z']+){0,4}? (?:will be|would be|is|'ll be|'d be) a (?:day of (?:celebration|joy"
                + "|rejoicing)|good day|great day|happy day|holiday|national holiday|day to celebrate)\\b|\\b(?:i'd"
                + "|i would"
                + "|we'd|we would|i'll|i will|i'd be the first to|would anyone|would anybody|who would"
                + "|who'd) (?:celebrate"
                + "|cheer|dance|party|rejoice|smile|laugh|throw a party|shed a (?:single )?tear|care|mind|miss (?:them"
                + "|em)"
                + "|cry|pop the champagne|sleep better|be happy|be glad|be delighted"
                + "|be thrilled)(?: [a-z']+){0,3}? (?:if"
                + "|when|the day|once) " + many + "(?: [a-z']+){0,3}? (?:was|were|got|get|gets|are|is)(?: all)? "
                + VIOLATED + "\\b");
        book.triggers("day celebrate cheer dance party rejoice smile laugh champagne sleep happy glad delighted thrilled"
                + " tear care mind miss cry + " + RuleBook.firstWords(HARMED) + " + " + victimWords);
        book.threat("violence at a group justified", 0.86, "(?<!\\b(?:no|not|never|nothing|nowhere|in no way)\\b"
                + "[^.?!]{0,40})\\b(?:violence|attacks|attacking|killing|killings"
                + "|beatings|beating|bloodshed|genocide|extermination|lynchings?|murdering|murders|stabbings|shootings"
                + "|pogroms?) (?:against|on|of|towards|toward|at) " + many + "(?: [a-z']+){0,3}? (?:is|are|would be"
                + "|will be"
                + "|'d be|'s)(?: completely| totally| entirely| fully| perfectly| absolutely| so| more than| 100%)?"
                + " (?:justified|deserved|overdue|long overdue|needed|necessary|the answer|the solution|the only answer"
                + "|the only way|fine|acceptable|right|ok|okay|good|great|a good thing|legitimate|self[- ]defen[cs]e"
                + "|warranted|called for|what they deserve|a public service|a duty|(?:exactly |just )?what they (?:need"
                + "|deserve|have coming))\\b|\\b(?:time for|we need|bring on|there should be) a (?:proper |good |real "
                + "|full"
                + " |total )?(?:cull|purge|massacre"
                + "|genocide|pogrom) of " + many + "\\b|\\b(?:nobody|no one|no-one) (?:would|will|should"
                + "|'d) (?:go to (?:prison"
                + "|jail)|be (?:punished|arrested|jailed|charged"
                + "|prosecuted)) for " + doneTo(ThreatRules::ing, many, theirPlace)
                + "|\\b" + many + " (?:are|is) (?:now |all )?fair game(?! for)\\b|\\b(?:need|needs|want|wants"
                + "|bring in|pass|make|should be|there should be) (?:a|the) law (?:that|which|to|so (?:we|you|people)"
                + " can)(?: lets?| allows?| would let)?(?: us| people| everyone| you)?(?: to)? "
                + doneTo(UnaryOperator.identity(), many, theirPlace) + "|\\bopen season on " + many + "\\b"
                + "|\\b(?:nothing|nowt|nothin) wrong with " + doneTo(ThreatRules::ing, many, theirPlace));
        book.triggers("violence attacks attacking killing killings beatings beating bloodshed genocide extermination"
                + " lynching lynchings murdering murders stabbings shootings pogrom pogroms law open fair cull purge massacre"
                + " prison jail punished arrested jailed charged prosecuted wrong"
                + " + " + victimWords);
        book.threat("a weapon in the face", 0.86, SUBJ + ADV + " (?:smash|shove|stick|put|throw|ram|glass) (?:a|my|this"
                + "|the|a pint) (?:glass|bottle|knife|brick|blade|pint glass) (?:in|into|through|over|across) (?:your"
                + "|their|his"
                + "|her|ur) (?:\\w+ )?(?:face|faces|head|heads|skull|eye|eyes|throat|neck|chest|back)\\b");
        book.triggers("glass bottle knife brick blade + face faces head heads skull eye eyes throat neck chest back");
        book.threat("fists promised", 0.84, "\\b(?:i'll|we'll|i will|we will|i'm going to|we're going to|i'm gonna"
                + "|we're gonna)(?: [a-z']+){1,6}? (?:them|him|her|you|em|(?:their|his"
                + "|your) \\w+)(?: [a-z']+){0,3}? with"
                + " (?:our|my|me|these|the) (?:own |bare )?(?:fists|boots|bats|blades|knives|machetes|hammers"
                + "|baseball bats"
                + "|bats and blades)\\b|\\b(?:we|i)(?:'ll| will)? (?:start|begin) (?:breaking|cracking|smashing"
                + "|kicking in"
                + "|caving in) (?:[a-z]+ and )?(?:heads|bones|legs|skulls|faces|kneecaps|jaws)\\b|\\b(?:i'm|we're|i am|we are"
                + "|i'll be|we'll be) (?:breaking|cracking|smashing|kicking in|caving in) (?:[a-z]+ and )?(?:heads|bones"
                + "|legs|skulls|faces|kneecaps|jaws)\\b|\\bis the day (?:i"
                + "|we) (?:"
                + KILLING + ") (?:one|someone|somebody|them|one of them)\\b");
        book.triggers("fists boots bats blades knives machetes hammers breaking cracking smashing kicking caving day");
        book.threat("days left to live", 0.86, "\\b(?:you|they|you lot|you all|y'all|yous)(?: [a-z']+){0,2}? (?:have"
                + "|has"
                + "|'ve|got|have got|'ve got) (?:\\w+ ){0,3}?left to live\\b|\\b(?:not all of (?:them|you|yous)"
                + "|none of (?:them|you"
                + "|yous)|not one of (?:them|you|yous)|no one|nobody|no-one) (?:will|is going to|'ll|are going to"
                + "|is gonna)"
                + " (?:still )?be (?:breathing|alive|standing|walking) (?:by|in the|come|when|after)\\b|\\b(?:nobody"
                + "|no one"
                + "|no-one|none of (?:them|you|yous)) (?:walks|walk|gets|get|comes|come|makes it"
                + "|make it) out alive\\b");
        book.triggers("left live breathing alive standing walking");
        String weaponsFeel = "what (?:a|my|the|our|this) (?:proper |real |good )?(?:\\w+ )?(?:machete|knife|blade|bat"
                + "|bullet"
                + "|brick|hammer|crowbar|fist|boot|shotgun|gun|axe|rifle|kicking|beating|battering|hiding"
                + "|pasting) (?:feels"
                + "|tastes|does) like\\b";
        book.threat("a weapon's feel promised", 0.84, "\\b(?:find out|learn|know|see|discover|feel"
                + "|taste) " + weaponsFeel
                + "|\\b(?:show|teach) (?:them|him|her|you|em"
                + "|" + many + ") (?:" + weaponsFeel + "|what happens to (?:their kind"
                + "|people like (?:them|that)|(?:the |their )?\\w+ like them)\\b)");
        book.triggers("machete knife blade bat bullet brick hammer crowbar fist boot shotgun gun axe rifle kicking beating"
                + " battering hiding pasting show teach + feels tastes does happens");
        book.threat("violence on an ultimatum", 0.84, "\\b(?:have|has|got|'ve got|'ve) (?:a week|a day|a month|(?:\\d+"
                + "|one|two|three) (?:hours|days|weeks)|until \\w+|till \\w+|til \\w+) to (?:leave|get out|go|pack"
                + "|clear off|fuck off|move)(?: [a-z']+){0,4}? (?:or|before|otherwise|else) (?:we|i|the lads)(?:'ll"
                + "| will| are going to)?(?: start| begin)? (?:breaking|shooting|killing|stabbing|burning|cracking"
                + "|spilling|cutting|break|shoot|kill|stab|burn|crack|spill|cut|come for|coming for|come after|torch"
                + "|torching|hurt|hurting)\\b");
        book.triggers("leave get go pack clear fuck move + breaking shooting killing stabbing burning cracking spilling"
                + " cutting break shoot kill stab burn crack spill cut come coming torch torching hurt hurting");
        book.threat("violence when a group comes", 0.84, "\\b(?:next time|the next time|when|whenever|if|the moment"
                + "|the minute|as soon as|once|the day) (?:(?:i|we) (?:see|spot|catch|meet|find"
                + "|come across)(?: [a-z']+)"
                + "{0,4}? |(?:the |a |an |another |any |those |these |more )?(?:[a-z']+ ){0,2}?)" + victims
                + "(?: [a-z']+){0,8}?(?: ,| \\.| then)? (?:i'm|i am|i'll|i will|we're|we'll|we will|we are|we"
                + "|i)(?: going to"
                + "| gonna| just)? (?:(?:opening fire|open fire|start shooting|start stabbing|start swinging|shoot"
                + "|going on"
                + " a rampage|go on a rampage)(?: ,| \\.| !|$)|" + doneTo(UnaryOperator.identity(), "(?:them|em"
                + "|all of them"
                + "|the lot of them|every one of them|them all)", "(?:them|em)") + "\\b)");
        book.triggers("fire rampage shooting stabbing swinging shoot " + violenceWords(UnaryOperator.identity()) + " + "
                + victimWords + " + them em fire rampage shooting stabbing swinging shoot");
        book.threat("exposure threat", 0.8, "\\b(?:i'll|i will|i'm going to|going to|i can|i could|i'd|we'll|or i'll"
                + "|i'm gonna|unless you[^.]{0,30}i'll) (?:\\w+ ){0,2}(?:post|share|send|leak|upload|show|put"
                + "|spread|forward|publish|expose)(?: [a-z@']+){0,5} (?:your|ur|all your) (?:\\w+ )?(?:texts"
                + "|messages|secrets|dms|chats|search history|address)\\b|\\bexpose you\\b");
        book.triggers("texts messages secrets dms chats history address expose");
        book.threat("threat to expose", 0.8, EXPOSURE_THREAT);
        book.triggers("or otherwise unless else i'll ill will i'm im gonna" + EXPOSED_TRIGGERS);
        book.threat("threat to expose on a condition", 0.8, EXPOSED);
        book.triggers("if unless otherwise pay send transfer cash paypal quid k grand pounds bitcoin btc gift cards"
                + " vouchers got have by last one keep block leave dump unfriend ignore report walk break drop stop do"
                + " kept costs nobody safe" + EXPOSED_TRIGGERS);
        book.context(LEVERAGE);
        // where someone lives, or their face, handed to people who will come: "sent your address to some boys off the
        // estate", "sent your pic to the lads in Toxteth"
        book.threat("whereabouts handed to others", 0.84, "(?:^|[.!?] |\\b(?:i|i've|we|we've|i have|we have|i'll|we'll"
                + "|i'm|we're) )(?:just |already )?(?:sent|send|sending|given|gave|give|giving|passed|passing"
                + "|handed|shared) (?:on )?(?:your|ur) (?:home )?(?:address|postcode|pic|pics|photo|photos|picture"
                + "|location|reg|number plate)(?: on)? to (?:the (?:lads|boys)|some (?:lads|boys|people|men|mates"
                + "|friends)|my (?:cousins?|brothers?|boys|lads|mates|uncles?)|people|someone|somebody|a few (?:lads"
                + "|boys|people))\\b");
        book.triggers("sent send sending given gave give giving passed passing handed shared + address postcode pic"
                + " pics photo photos picture location reg plate");
        book.threat("threat to publish where someone lives", 0.84, DOXXING);
        book.triggers("address postcode number workplace location name shift reg live lives work works house place"
                + " doxxed doxed doxxing road street lane avenue close drive way crescent + your his her their everyone"
                + " whole doxxed doxed doxxing he she they");
        book.add(new RuleBook.Rule("intimate image threat", Label.THREAT, 0.88, new LazyPattern(INTIMATE_THREAT), true, null,
                List.of(), false, Label.SEXUAL, null));
        book.triggers("nudes nude sexts sext naked topless intimate private dirty spicy explicit sexy sex bare titty"
                + " tit boob x-rated"
                + " revealing recorded filmed videoed screenshotted underwear bra knickers lingerie shower bath bed"
                + " touching wanking clothes nothing sucking see-through bikini tits boobs titties nips dick cock");
        book.threat("harm by sabotage", 0.82, "\\b(?:cut|cutting|mess with|messing with|messed with|tamper with"
                + "|tampered with|tampering with|loosen|loosened|loosening) (?:your|his|her|their) (?:\\w+ )?(?:brakes?"
                + "|brake (?:lines?|cables?|pipes?)|wheel nuts)\\b|\\b(?:brakes?|brake (?:lines?|cables?|pipes?)"
                + "|wheel nuts)"
                + " (?:are|is) (?:so |dead |really )?(?:easy|simple) to (?:cut|mess with|tamper with|loosen)\\b");
        book.triggers("brake brakes wheel");
        book.threat("relish of harm", 0.8, "\\b(?:i'd|id|i would|i'll|i will|ill|i want to|want to|i'm going to"
                + "|going to|and|an|n)"
                + " (?:love to |like to |enjoy |happily |gladly )?(?:watch|see|hear) (?:you|him|her|them|" + groupMember
                + ") (?:bleed|bleed out|suffer|scream|beg for (?:your|his|her|their) lives?|choke|burn|die|hang|rot"
                + "|drown)\\b"
                + "(?! (?:the|a|an|their|his|her|my|your|our|some|it|this|that|calories|rubber|bright|brightly|out|up"
                + "|off|away|through|with)\\b)");
        book.triggers("watch see hear + bleed suffer scream beg choke burn die hang rot drown");
        // threats to one person that name no act of violence, in the stock phrases of menace
        book.threat("life on a condition", 0.84, "\\bif (?:you|u) (?:value|want to keep|wanna keep|like) (?:your|ur)"
                + " (?:life|legs|teeth|face|kneecaps|knees|fingers|looks)(?: (?:the way (?:it is|they are)|as (?:it is"
                + "|they are)))?(?= *$| *[.,!?]| (?:you|then|don't|do not|stay|keep|get|you'd|you'll)\\b)|\\bif (?:you|u)"
                + " (?:want|wanna|wish) (?:to )?(?:keep breathing|stay alive|stay in one piece|walk again|keep walking"
                + "|keep (?:your|ur) (?:legs|teeth|kneecaps|fingers|face)|see (?:christmas|tomorrow|your next birthday"
                + "|next week|the weekend))\\b");
        book.triggers("value keep wanna want like wish + life legs teeth face kneecaps knees fingers looks breathing alive"
                + " piece walk walking christmas tomorrow birthday week weekend");
        book.threat("only one walks away", 0.84, "\\bonly one of us (?:is |will |'ll |is going to |is gonna )?(?:walks?"
                + "|walking|comes?|coming|leaves?|leaving|gets?|getting|goes|going|makes? it|making it) (?:away|out|home"
                + "|back|alive)\\b");
        book.triggers("only + us");
        book.threat("you're next", 0.84, "\\b(?:you're|your|you are|you'll be|you will be|you could be|you might be)"
                + " next\\b(?! (?:to|in|on|up|door|week|time|please)\\b)");
        book.triggers("next + you're your you'll you");
        book.context("\\bwhat (?:happened|happens) to\\b|\\bthe last (?:\\w+ )?(?:one|bloke|guy|man|lad|girl|woman|person"
                + "|fella|geezer|lot) (?:who|that)\\b|\\bended up (?:in|dead|with)\\b");
        book.threat("a last time foretold", 0.84, "\\b(?:make the most of|enjoy)\\b[^.]{0,40}?(?:, |\\. )?"
                + "(?:it'll|it will|this will|this'll|it's going to|it's gonna|cos it'll|because it'll|cause it'll)"
                + " be (?:your|ur) last(?: (?:one|christmas|birthday|summer|new year|easter|weekend))?(?= *$| *[.,!?])"
                + "|\\b(?:tell|kiss|hug|give) (?:your|ur) (?:\\w+ )?(?:kids|children|mum|wife"
                + "|husband|missus|family|girlfriend|boyfriend|parents|son|daughter|little ones?|fiance|fiancee)"
                + "(?: [a-z']+){0,4}? (?:,|\\.)? ?(?:just in case|while you (?:still )?can|one last time|for the last time)\\b");
        book.triggers("enjoy most tell kiss hug give + last case can");
        book.threat("accidents made to happen", 0.84, "\\b(?:funny|strange|shame|amazing|crazy|sad|terrible|scary) how"
                + " (?:\\w+ ){0,2}?accidents (?:can |do )?happen\\b|\\baccidents (?:can |do )?happen to (?:people"
                + "|those|girls|lads|anyone|anybody) (?:who|like you|that)\\b");
        book.triggers("accidents");
        book.threat("a weapon bought for someone", 0.84, "\\b(?:you'll|you will|you'll soon|you're going to|you're gonna"
                + "|soon) (?:find out|see|learn|know) (?:who|what) (?:it's|they're|that's|its|theyre|it is|they are|it"
                + " was|they were) for\\b");
        book.triggers("find see learn know + for");
        book.context("\\b(?:petrol|lighter|knife|knives|blade|machete|bat|hammer|crowbar|gun|acid|rope|shovel|spade"
                + "|cable ties|duct tape|matches|axe)\\b");
        book.threat("the police cannot be there always", 0.84, "\\b(?:the )?(?:police|cops|feds|coppers|old bill)"
                + " (?:can't|cannot|won't|will not|aren't going to|can not) (?:be (?:parked |sat |stationed )?(?:outside"
                + "|at) (?:your|ur) (?:\\w+ )?(?:door|house|flat|home)|protect you|watch you|be there|guard you"
                + "|babysit you|save you|help you)[^.]{0,25}?\\b(?:forever|every (?:night|day|minute|hour)|all the time"
                + "|24/7|round the clock|for ever|always)\\b");
        book.triggers("police cops feds coppers bill + forever every time 24/7 clock ever always");
        // the same of others who stand between: "an injunction won't protect you forever", "tell your solicitor
        // whatever you like. he won't be with you at 2am"
        book.threat("no one there at night", 0.84, "\\b(?:(?:an|your|that|the) injunction|(?:a|your|the|that)"
                + " (?:restraining|court|non-molestation) order|a piece of paper|your (?:solicitor|lawyer|brief|boyfriend"
                + "|girlfriend|new fella|new man|dad|brother|mates))(?: [a-z']+){0,2}? (?:can't|cannot|won't|will not"
                + "|isn't going to|aren't going to) (?:protect you|save you|guard you|keep you safe|be there)[^.]{0,25}?"
                + "\\b(?:forever|every (?:night|day|minute|hour)|all the time|24/7|round the clock|always)\\b|\\b(?:won't"
                + "|wont|can't|will not|cannot) be (?:with|there for|next to|around) (?:you|u) (?:at \\d+ ?(?:am|in the"
                + " morning)|at midnight|in the middle of the night|at night|when you're (?:alone|asleep|on your own|walking home))\\b");
        book.triggers("injunction order paper solicitor lawyer brief boyfriend girlfriend fella man dad brother mates"
                + " with there next around + forever every time 24/7 clock always am morning night alone asleep own"
                + " walking midnight 1am 2am 3am 4am 5am");
        // a price on the reader's harm: "there's five hundred quid on the table for whoever breaks your jaw first"
        book.threat("a price on harm", 0.84, "\\b(?:quid|grand|a ton|money|cash|a reward|a bounty|a drink|a pint|a bottle"
                + "|£?\\d+k?) (?:on the table |going |up |waiting )?for (?:whoever|anyone who|anybody who|the first (?:one"
                + "|person|lad|man) (?:to|who)) (?:[a-z']+ )?(?:breaks|smashes|batters|hurts|kills|stabs|does|knocks|slaps"
                + "|punches|glasses|bottles|cuts|break|smash|batter|hurt|kill|stab|do|knock|slap|punch|glass|bottle|cut)"
                + " (?:you|u|your|ur|him|her|his)\\b");
        book.triggers("whoever anyone anybody first");
        // harm arranged: "I can get you hurt", "don't think because I'm seventy I can't get you hurt", "I'll have you
        // killed"
        book.threat("harm arranged", 0.84, "\\b(?:(?:i|we) (?:can|could|will|'ll|can easily|would)|i'll|we'll|i'd|don't"
                + " think (?:[a-z']+ ){0,6}?(?:i|we) can't|dont think (?:[a-z']+ ){0,6}?(?:i|we) cant) (?:easily )?(?:get"
                + "|have) (?:you|u|him|her) (?:hurt|killed|done in|done over|sorted out|" + WOUNDED + ")\\b");
        book.triggers("get have + hurt killed done sorted " + String.join(" ", WOUNDED.substring(3, WOUNDED.length() - 1)
                .split("\\|")));
        // menace for crossing the sender: "people who cross me tend to end up needing a new set of teeth", "you've
        // upset the wrong family"
        book.threat("the wrong one crossed", 0.82, "\\b(?:people|anyone|anybody|those|whoever|everyone|folk)(?: who"
                + "| that)? (?:cross|crosses|crossed|mess with|messes with|messed with|grass on|grasses on|grassed on|fuck"
                + " with|fucks with|rip me off|lie to) me (?:[a-z']+ ){0,3}?(?:end up|ends up|wind up|winds up|tend to"
                + "|always|usually|regret|don't last|soon learn|get hurt)\\b|\\byou(?:'ve| have)? (?:upset|crossed|messed"
                + " with|picked on|pissed off|fucked with|mugged off|grassed on) the wrong (?:family|person|people|man"
                + "|woman|guy|lad|girl|bloke|one|fella|crew|firm)\\b");
        book.triggers("cross crosses crossed mess messes messed grass grasses grassed fuck fucks rip lie upset picked"
                + " pissed mugged + me wrong");
        // what is left to the reader, ominously: "enjoy your last few quiet nights", "you're about to learn", "unless
        // you want your jaw broken", "your shed will go up nicely"
        book.threat("ominous promise", 0.82, "\\benjoy (?:your|ur) last (?:few )?(?:quiet|peaceful|safe) (?:nights?"
                + "|days?|weekends?|weeks?)\\b|\\b(?:you're|you are|ur|youre) about to (?:learn|find out)(?: the hard way)?"
                + "(?= *(?:[.!]|$))|\\b(?:unless|if) (?:you|u) (?:want|fancy|like) (?:your|ur) (?:\\w+ )?(?:jaw|legs?|arms?"
                + "|nose|fingers|ribs|teeth|face|head|kneecaps|skull|neck) (?:broken|breaking|smashed|smashing|kicked in"
                + "|caved in|rearranged|snapped|knocked out)\\b|\\b(?:your|ur) (?:\\w+ )?(?:house|shed|car|van|caravan|garage"
                + "|flat|shop|business|home)(?: and (?:your|ur) (?:\\w+ )?(?:house|shed|car|van|caravan|garage|flat|shop"
                + "|business|home))? (?:will|'ll|would|is going to|gonna) go up (?:nicely|a treat|lovely|like a|in flames"
                + "|quick|fast|easy|in no time)\\b|\\b(?:i'll|i will|we'll|we will) make sure (?:that )?(?:" + PERSON
                + ") (?:doesn't|does not|won't|will not|never) (?:see|live to see|make it to) (?:the spring|christmas"
                + "|the new year|(?:your|his|her|its|their) next birthday|another (?:birthday|christmas|summer|year)"
                + "|the weekend|next week|the summer)\\b|\\bor (?:i|i'll) drop (?:you|u)(?= *(?:[.!,]|$))");
        book.triggers("enjoy about unless if go make drop");
        // a reward for harm to one of a group: "Reward: £500 to whoever puts one of the X in hospital this week"
        book.threat("a price on a group's harm", 0.86, "\\b(?:reward|£?\\d+k?|\\d+ quid|a grand|a ton|cash|money|a drink"
                + "|a pint|free pints?)\\b[^.]{0,30}? (?:to|for) (?:whoever|anyone who|anybody who) "
                + doneTo(ThreatRules::thirdPerson, many, theirPlace) + notThings + "(?![a-z'])|\\b(?:reward|£?\\d+k?|\\d+ quid"
                + "|a grand|a ton|cash|money|a drink|a pint|free pints?)\\b[^.]{0,30}? (?:to|for) the first (?:one|person"
                + "|lad|man) to " + doneTo(UnaryOperator.identity(), many, theirPlace) + notThings + "(?![a-z'])");
        book.triggers("whoever anyone anybody first + " + victimWords);
        book.threat("a medal for a group's harm", 0.86, "\\b(?:pin a medal on|give a medal to|shake the hand of|buy a"
                + " (?:pint|drink) for|buy drinks for) (?:whoever|anyone who|anybody who) (?:finally )?"
                + doneTo(ThreatRules::thirdPerson, many, theirPlace) + notThings + "(?![a-z'])");
        book.triggers("whoever anyone anybody + " + victimWords);
        // fewer of them after a night the sender names: "by the end of that night there'll be fewer X in this city";
        // nobody to walk out: "go to wherever the X meet and make sure nobody walks out"; fires that would sort them
        book.threat("fewer of a group", 0.84, "\\b(?:by the end of (?:that|the|this|tonight|tomorrow)(?: night| day"
                + "| week)?|(?:until|till|before) (?:i|we) make sure),? (?:there'll be|there will be|there are|there's"
                + "|there is) (?:a lot |a few |far |way |many |loads )?fewer " + many + "\\b|\\b" + many + "\\b[^?]{0,60}?"
                + "\\bmake sure (?:that )?(?:nobody|no one|none of them|not one of them) (?:walks|gets|comes|makes it) out"
                + "(?: alive)?\\b|\\b(?:a few |some )?(?:well-placed |well placed )?(?:fires?|petrol bombs?|bombs?|bullets?"
                + "|beatings?|bricks?|kickings?) (?:would|will|'d|should) sort (?:out )?" + many + "\\b|\\b(?:a few |some )?"
                + "(?:well-aimed |well aimed )?(?:rounds|bullets|petrol bombs|bombs) (?:would|will|'d) solve the (?:[a-z']+"
                + " ){0,2}?(?:problem|issue|question)\\b|\\bmake sure " + many + "(?: [a-z']+){0,4}? (?:stop breathing|stops"
                + " breathing|never wake up|never wakes up|(?:end|ends) up (?:in the ground|dead|in (?:a |the )?(?:grave|coffin"
                + "|body bag|morgue|river|canal)))\\b|\\bsharpening (?:something|my \\w+|the \\w+)(?: special)? for "
                + many + "\\b");
        book.triggers("fewer walks gets comes makes sort solve breathing wake wakes end ends sharpening");
        // not going home, with a weapon named: "blades are sharpened and the van is booked. the X at saturday's event
        // won't be going home"
        book.threat("not going home", 0.82, "\\b(?:" + many + "|they|you|u|he|she|none of (?:them|you))(?: [a-z']+){0,6}?"
                + " (?:won't|will not|wont|aren't going to|isn't going to|ain't) (?:be )?(?:going|getting|making it|walking"
                + "|coming) (?:back )?home\\b");
        book.triggers("going getting making walking coming + home");
        book.context("\\b(?:blades?|knives|knife|bats?|petrol|hammers?|machetes?|guns?|shotguns?|acid|sharpened)\\b");
        // where a group is, then "you know what to do", with fire or weapons: "everyone here knows where the X meet on
        // thursdays. you know what to do", "if anyone lives near the X ... you know what to do. petrol's cheap"
        book.threat("a group's whereabouts, then the hint", 0.84, "\\b(?:where|addresses of|near|next to|leave the"
                + "|at the) (?:[a-z']+ ){0,3}?" + many + "\\b[^?]{0,80}?\\b(?:you know what to do|i'll say no more|say no"
                + " more|nothing (?:left )?to lose|a (?:full )?can of petrol)\\b|\\b" + many + "\\b[^?]{0,40}?\\ba visit\\b[^?]{0,20}?\\bbring (?:the|your|ur|some) (?:bats|knives"
                + "|blades|petrol|tools|hammers)\\b");
        book.triggers("know more bring lose petrol + " + victimWords);
        book.context("\\b(?:petrol|petrols|bats?|fire|blades?|knives|hammers?|cars|van|matches|bricks?|tools|where"
                + "|addresses)\\b");
        // more frames at a group: "history had the right idea about what to do with X", "why is nobody brave enough to
        // finish the job with X", "somebody needs to pay the X round here a visit", "can't wait for the day X get
        // what's coming", "gonna go out n smash sum X heads in"
        book.threat("a group's fate looked for", 0.84, "\\b(?:history|hitler|the nazis|they) had the right idea (?:about"
                + " (?:what to do with )?|with )" + many + "\\b|\\b(?:why (?:is|isn't) (?:nobody|no one|noone)(?: [a-z']+){0,4}? )?finish the job (?:with|on) " + many + "\\b|\\b(?:someone"
                + "|somebody|some1|anyone)(?: with nothing to lose)? (?:needs to|should|ought to|has to|wants to) pay "
                + many + "(?: [a-z']+){0,4}? a (?:\\w+ )?visit\\b|\\b(?:the day|when|till|until) " + doomed + " (?:finally )?"
                + "get what'?s coming\\b|\\b(?:smash|smashing|kick|kicking|cave|caving|bash|bashing|knock|knocking)"
                + " (?:sum |some |a few )?" + many + " (?:heads|faces|teeth|skulls) in\\b");
        book.triggers("idea job pay coming smash smashing kick kicking cave caving bash bashing knock knocking + "
                + victimWords);
        // tools for them, and a warm house: "rope, tape, shovel. got everything I need for the X this weekend", "the X on
        // Clarence Road should check their letterboxes tonight. might get a bit warm in there"
        book.threat("tools got ready", 0.84, "\\bgot (?:everything|all|all the kit|the kit|what) (?:i|we) need(?:ed)? for"
                + " (?:you|u|" + many + ")\\b|\\b(?:might|could|will|gonna|going to|'ll) (?:get|be) (?:a bit |a little |very "
                + "|nice and |rather )?(?:warm|hot|toasty|smoky) in there\\b");
        book.triggers("need needed warm hot toasty smoky");
        book.context("\\b(?:rope|tape|shovel|spade|cable ties|petrol|matches|lighter|machete|knife|bat|hammer|letterbox"
                + "|letterboxes)\\b");
        // remember the last one: "remember what happened to the last X who moved onto this estate? same again friday"
        book.threat("the last one remembered", 0.84, "\\bremember what happened to (?:the last|that) (?:[a-z']+ ){0,3}?"
                + "(?:who|that)\\b[^.?!]{0,60} [.?!](?: [a-z']+){0,3}? (?:same again|thought so|you're next|you'll be next"
                + "|that's you|round two|it'll happen again)\\b");
        book.triggers("remember + same thought next you're round again");
        // not around much longer, said with menace: "the X won't be around much longer, we've made sure of that";
        // the job finished this time: "remember what happened last time? ... this time we're finishing it"; petrol
        // and matches cheap; an ambulance to bring
        book.threat("the end promised", 0.82, "\\b(?:won't|will not|wont|aren't going to|isn't going to) be (?:around"
                + "|here|breathing|alive) (?:for )?(?:much|very much) longer\\b(?=[^?]{0,40}\\b(?:made sure|make sure|sleep"
                + " well|sleep tight|mark my words|trust me|see to that|tick tock|i promise)\\b)|\\bthis time (?:we|i)(?:'re"
                + "| are|'ll| will|'m| am)(?: gonna| going to)? (?:finish|finishing) (?:it|the job|them off|you off|them|you)"
                + "\\b(?<=\\b(?:last time|round two|what happened)\\b.{1,120})|\\bpetrol(?:'s| is|s)? (?:\\w+ ){0,3}?cheap\\b"
                + "[^?]{0,30}\\b(?:matches|you know what to do)\\b|\\b(?:bring|book|order) (?:an|your own) ambulance\\b"
                + "|\\b(?:they'll|they will|you'll|you will|he'll|she'll) be carried out(?= *(?:[.!]|$)| (?:in|on) (?:a |an )?"
                + "(?:box|boxes|bags?|stretchers?|coffins?|bits|pieces)\\b)|\\b(?:going|go|goes|'ll go|will go|are going"
                + "|is going|'re going) under my (?:wheels|tyres|car|van)\\b|\\bon the (?:accelerator|gas),? not the brakes?\\b"
                + "|\\bdoors? (?:are |get |is |gets |all )?locked from the outside\\b(?=[^?]{0,60}\\b(?:warm|hot|smoke|fire"
                + "|petrol|burn|burns|burning|flames)\\b)|\\bmake sure (?:[a-z']+ ){0,6}?(?:have|has|had|get|gets) (?:a|an)"
                + " (?:very |most |rather |really )?(?:unfortunate|nasty|tragic|terrible|little) (?:fire|accident|fall)\\b"
                + "|\\b(?:shame|pity) if [^.]{0,50}? (?:had|has|have|were to have) (?:a|an) (?:nasty |terrible |little "
                + "|horrible |unfortunate |tragic )?(?:accident|fall|fire)\\b(?=[^?]{0,20}\\b(?:i'll|we'll|i will|we will)"
                + " (?:be )?(?:make|making) sure\\b)");
        book.triggers("around here breathing alive finish finishing petrol petrols ambulance carried under"
                + " accelerator gas locked unfortunate nasty tragic terrible little accident");
        // harm by others, arranged or told: "one phone call and my cousins will be on your doorstep with bats", "his
        // crew have been told to give you a kicking on sight", "they've been told where you drink"
        book.threat("others told to harm", 0.84, "\\bone (?:phone )?call (?:and|from me and) [^.]{0,50}?\\b(?:on your"
                + " doorstep|at your door|round (?:yours|your (?:house|flat|place))|outside your (?:house|flat|door"
                + "|work))\\b|\\b(?:been|were|was|are|have been) told to (?:give (?:you|u) (?:a|the) (?:\\w+ )?(?:kicking"
                + "|hiding|beating|battering|slap|pasting)|" + HARM_VERB + " (?:you|u)\\b)|\\b(?:they've|they have|he's"
                + "|he has|she's|she has|the lads have|the boys have) been told where (?:you|u) (?:live|drink|work|park"
                + "|go|train|sleep)\\b");
        book.triggers("call told");
        // a beating promised in slang and word order of dialect: "yous are gettin a right good hiding saturday",
        // "kill u i will"
        book.threat("a hiding promised", 0.84, "\\b(?:you|yous|you're|ur|you'll|youre) (?:are |is )?(?:getting|gettin"
                + "|gonna get|going to get|'ll get|will get|get) a (?:right |good |proper |real |fucking )*(?:hiding"
                + "|kicking|battering|beating|pasting|leathering|doing over)\\b|\\b(?:kill|stab|batter|end|hurt|bury)"
                + " (?:you|u|ya) (?:i|we) (?:will|shall)\\b");
        book.triggers("you yous you're ur you'll youre kill stab batter end hurt bury + hiding kicking battering"
                + " beating pasting leathering doing will shall");
        // the reader's car or home attacked: "first I'll slash all four tyres, then I'll set the car alight on your drive"
        book.threat("a car or home attacked", 0.84, "\\b(?:i'll|i will|i'm going to|i'm gonna|we'll|we will|gonna) (?:slash"
                + "|slit|stab|puncture|let down) (?:all four |all |your |ur |his |her |their )?(?:tyres|tires)\\b"
                + "|\\b(?:i'll|i will|i'm going to|i'm gonna|we'll|we will|gonna) set (?:the|your|ur|that|his|her) (?:\\w+ )?"
                + "(?:car|van|house|shed|flat|caravan|garage|motor|shop|salon|pub) (?:alight|on fire|ablaze)\\b");
        book.triggers("tyres tires alight fire ablaze");
        // a pet's death promised: "that yappy dog of yours will be poisoned by the weekend", "keep your cat in, because
        // next time it's in my garden I'm going to kill it"
        String pet = "(?:dog|dogs|cat|cats|pup|puppy|kitten|horse|pony|rabbit|parrot|budgie|tortoise|pets?)";
        book.threat("a pet's death promised", 0.84, "\\b(?:your|ur|that|the) (?:\\w+ )?" + pet + "(?: of (?:yours|his"
                + "|hers))? (?:will|'ll|is going to|is gonna|are going to|are gonna) be (?:poisoned|dead|shot|drowned"
                + "|killed|found dead|strangled|gassed)\\b|\\b(?:your|ur) (?:\\w+ )?" + pet + "\\b[^.]{0,60}? (?:i'm going to"
                + "|i'll|i will|i'm gonna|im gonna|im going to) (?:kill|poison|drown|shoot|strangle|gas|wring the neck"
                + " of) (?:it|them|the thing)\\b|\\b(?:your|ur) (?:\\w+ )?" + pet + "\\b[^?]{0,60}? (?:i'll|i will|i'm going to"
                + "|i'm gonna) (?:kill|poison|drown|shoot|strangle|gas) the (?:thing|mutt|little \\w+|\\w+ thing)\\b");
        book.triggers(pet.substring(3, pet.length() - 1).replace('|', ' ').replace("?", "") + " pet + poisoned dead"
                + " shot drowned killed found strangled gassed kill poison drown shoot strangle gas wring");
        // harm by others on the sender's word: "I know people who would drive down tonight to end you"
        book.threat("harm by others on the sender's word", 0.84, "\\b(?:i know|i've got|i got|i have|i can get) (?:some )?(?:people"
                + "|lads|blokes|boys|men|guys|mates|friends|someone|somebody|a guy|a bloke|a lad|cousins|a few \\w+)"
                + "(?: [a-z0-9']+){0,3}? (?:who|that)(?:'d| would| will|'ll| can| could)(?: happily| gladly| easily"
                + "| gladly)?(?: [a-z0-9']+){0,6}? " + HARM_VERB + " (?:you|u|him|her|your \\w+|ur \\w+)\\b"
                + "|(?<=\\b(?:don't|do not|dont) (?:use (?:letters|solicitors|lawyers|courts|the courts|bailiffs|words"
                + "|emails|texts)|knock)(?: ,| \\.)? )(?:they|we|he|i) (?:use|bring|carry) (?:baseball )?(?:bats|knives|hammers"
                + "|crowbars|machetes|blades|fists|guns|acid)\\b"
                + "|\\bhave a word\\b[^.]{0,20}?\\b(?:they|he) (?:don't|doesn't|dont|won't) (?:use|do) words\\b"
                + "|\\b(?:get|send|sending|getting|have|got|'ve got) (?:the|my|some|a few|a couple of) (?:\\w+ )?(?:lads|boys"
                + "|mates|cousins|brothers|lot|crew)(?: [a-z']+){0,4}? (?:to )?(?:see to|sort out|sorting out|seeing to|deal"
                + " with|dealing with|sort|sorting) (?:you|u)(?= *$| *[.,!?]| (?:they|tonight|tomorrow|after|when|if"
                + "|properly|good and proper)\\b)|\\b(?:can|will|'ll|could) make (?:you|u) disappear\\b|\\b(?:man|guy|bloke"
                + "|someone|somebody|people|lads)(?: [a-z']+){0,3}? who (?:can )?makes? (?:people|problems) disappear\\b"
                + "|\\b(?:they|he|we) (?:don't|doesn't|dont|won't) (?:do|use) (?:talking|words|chatting|letters)\\b"
                + "|\\b(?:paid|asked|told|got|sent|hired|getting|get) (?:(?:two|three|a few|some|a couple of|the|my) )?(?:\\w+ ){0,2}?"
                + "(?:lads|boys|someone|somebody|people|men|blokes|mates|guys|youngers|brothers|cousins)(?: [a-z']+){0,4}? to"
                + " (?:give (?:you|u) a (?:\\w+ )?(?:kicking|beating|hiding|slap|pasting)|do (?:you|u) (?:over|in)|" + HARM_VERB
                + " (?:you|u)\\b)|\\bwaiting (?:for (?:you|u) )?to " + HARM_VERB + " (?:you|u)\\b|\\bwaiting\\b[^.]{0,40}?\\bfor"
                + " (?:you|u)\\b[^.]{0,30}?\\b(?:bringing|bring|brings|carrying|with|got) (?:a|his|my|the) (?:machete|knife"
                + "|blade|gun|bat|baseball bat|hammer|crowbar|axe)\\b");
        book.triggers("know got have get use knock word words send sending getting make makes they he we paid asked told"
                + " sent hired waiting + " + HARM_WORDS
                + " bats knives hammers crowbars machetes blades fists guns acid words see sort sorting seeing deal"
                + " dealing disappear talking chatting letters kicking beating hiding slap pasting over in machete axe");
        book.threat("harm to come to someone", 0.84, "(?:\\b(?:he'll|she'll|they'll|you'll|he will|she will|they will"
                + "|you will|your \\w+ will|your \\w+'ll|he's going to|she's going to|you're going to|your going to"
                + "|you're gonna|your gonna) (?:get|be getting|end up)|\\b(?:you're|your|you are|he's|she's) (?:getting"
                + "|gettin)) (?:stabbed|shanked|glassed|slashed|battered|jumped|merked|done in|cut up|kneecapped|knifed"
                + "|leathered|bottled|chibbed|wet up|cheffed(?: up)?|chinged|splashed|dropped(?! (?:off|from|at|home|in|out|to|back|by|a|the)\\b)"
                + "|cut(?! (?:from|off|out|short|loose"
                + "|down|up|back|in|a|the|some|for)\\b)|(?:a|a proper|a good|a right) (?:kicking|beating|hiding"
                + "|leathering|pasting|battering))\\b");
        book.triggers("he'll she'll they'll you'll he she they you your you're he's she's + stabbed shanked glassed slashed"
                + " battered jumped merked done cut kneecapped knifed leathered bottled chibbed wet cheffed chinged splashed dropped"
                + " kicking beating"
                + " hiding leathering pasting"
                + " battering");
        book.threat("a weapon got, the reader told", 0.84, "\\b(?:bought|got|buying|getting|picked up|sharpened"
                + "|sharpening) (?:myself |me )?(?:a |an |some |the |my )?(?:new )?(?:machete|knife|blade|gun|shotgun"
                + "|crossbow|axe|baseball bat|crowbar|samurai sword|sword|zombie knife)\\b");
        book.triggers("bought got buying getting picked sharpened sharpening + machete knife blade gun shotgun crossbow"
                + " axe bat crowbar sword");
        book.context("\\bthought (?:you'd|you would) (?:like|want) to know\\b|\\bjust so (?:you|u) know\\b"
                + "|\\bjust saying\\b|\\bwith (?:your|ur) name on\\b|\\bguess (?:who|what) (?:it's|its|it is) for\\b");
        book.threat("the end of a life foretold", 0.84, "\\b(?:enjoy )?(?:your|ur) last (?:few |couple of )?(?:days"
                + "|hours|weeks|nights) (?:of (?:walking|breathing|living|being able to \\w+)|on (?:this )?earth|alive)\\b"
                + "|\\b(?:get used to|be|start) (?:visiting|bringing flowers to|putting flowers on) (?:a|your|ur|daddy's"
                + "|mummy's|their (?:dad's|mum's)) grave\\b|\\btell (?:your|ur) (?:\\w+ )?(?:mum|mom|mother|dad|wife"
                + "|missus|family|nan|kids|husband|girlfriend|boyfriend|parents) to (?:buy|get|find|pick out|iron"
                + "|dig out|start looking for) (?:something |a dress |a suit |an outfit |a hat )?(?:black|for (?:a|the"
                + "|your) funeral)\\b|\\b(?:start )?(?:planning|picking|choosing|saving for) (?:your|ur) (?:own )?(?:funeral"
                + "|coffin|headstone)\\b|\\b(?:thinking about|planning|pick|picking|choose|choosing) (?:\\w+ ){0,5}?(?:at|for)"
                + " (?:your|ur) (?:own )?funeral\\b|\\b(?:get|got|has|have|getting)(?: (?:her|his|your|ur|a))? black"
                + " (?:dress|suit|tie) (?:ready|out|ironed|pressed)\\b|\\b(?:you|people who [^.]{0,30}?) (?:won't|don't|will"
                + " not|do not|never) (?:tend to )?make old bones\\b");
        book.triggers("last grave black funeral coffin headstone bones");
        book.threat("informers punished", 0.84, "\\b(?:people|those|anyone|grasses|snitches|rats|folk) (?:who|that)"
                + " (?:grass|snitch|talk|squeal|rat|go to the police|go to the feds)(?: \\w+){0,3}? (?:end up|get|wind up"
                + "|tend to end up|usually end up) (?:in (?:the|a) \\w+|dead|hurt|stitches|in hospital|stabbed|found)\\b"
                + "|\\bsnitches get stitches\\b|\\b(?:grasses|snitches|informers) (?:end up|get|wind up) (?:in (?:the|a) \\w+"
                + "|dead|hurt|stitches|stabbed|found)\\b");
        book.triggers("grass snitch talk squeal rat police feds snitches grasses informers + end get wind stitches");
        book.threat("menace in a quiet place", 0.84, "\\bcheck(?:ing)? under (?:your|ur) car\\b|\\b(?:you'd"
                + "|you would) look (?:so )?(?:peaceful|good|nice|lovely|better) (?:lying |laid out |laid )?in (?:the woods"
                + "|a coffin|a box|a ditch|the ground|the canal|the river|a body bag|a casket)\\b|\\b(?:make|made|making)"
                + " (?:your|ur) peace with (?:god|whoever|your maker|the lord|the man upstairs|jesus|allah)\\b|\\bmeet"
                + " (?:your|ur) maker\\b|\\b(?:spade|shovel)\\b[^.]{0,40}?\\b(?:and|,) (?:i know|there's"
                + "|there are) (?:a |some )?(?:very |really |nice )?(?:quiet|lonely|remote|deep|empty) (?:woods|forest"
                + "|spot|field|place|lane|moors)\\b|\\b(?:funny|strange|amazing|scary) how (?:quick|quickly|easy|easily"
                + "|fast) (?:a |an |people |things )?(?:\\w+ ){0,5}?(?:mount|mounts|catch fire|catches fire|go up|goes up"
                + "|go off|fall off|fall in|drown|trip"
                + "|get hurt|gets hurt|disappear|disappears|fall down|falls down|crash|crashes|burn down|burns down)\\b"
                + "|\\bnext time,? i (?:won't|wont|will not) (?:just )?(?:watch|look|stare|drive past|walk past)"
                + "(?= *$| *[.,!?])|\\b(?:nobody|no one|noone|nothing) (?:will be able to|can|could|is going to) (?:help"
                + "|save|protect) (?:you|u)\\b(?=[ .!?]*$)");
        book.triggers("spade shovel funny strange amazing scary next nobody no noone nothing check checking look"
                + " peace maker");
        book.threat("harm done for the sender", 0.84, "\\b(?:he'll|she'll|they'll|he will|she will|they will|he's going"
                + " to|they're going to|[a-z]+ will|[a-z]+'ll)(?: happily| gladly)? " + HARM_VERB + " (?:you|u)(?: \\w+)?"
                + " for me\\b|\\b(?:been|are|were|got|have been|has been) (?:told|paid|asked|ordered|instructed) to "
                + HARM_VERB + " (?:you|u)\\b|\\b(?:burnt|burned|torched|set alight|set on fire|burn|burning|torch"
                + "|torching|firebomb|firebombed|petrol bombed) (?:down )?(?:\\w+ ){0,3}?with (?:you|him|her|them"
                + "|your \\w+|everyone) (?:still )?(?:inside|in it|in there|asleep)\\b|\\b(?:i'm|im|i am|we're|gonna"
                + "|going to|i'll|ill) (?:doing|doin|do) (?:you|your|ye|u) in\\b|\\b(?:throw|chuck|hoy|lob|toss|push"
                + "|drop) (?:you|u|him|her) (?:in|into|off) (?:the|a) (?:river|canal|tyne|thames|mersey|clyde|sea|lake"
                + "|quarry|reservoir|docks?|harbour|bridge|cliff)\\b");
        book.triggers(HARM_WORDS + " burnt burned torched set burning torching firebombed petrol doing doin throw chuck"
                + " hoy lob toss push drop + me you u inside in there asleep river canal tyne thames mersey clyde sea lake"
                + " quarry reservoir dock docks harbour bridge cliff");
        // harm to someone's home, business or pets told by its result: "your café will be a pile of ashes by Monday"
        book.threat("property or pets harmed, told by the result", 0.84, "\\b(?:your|ur|that) (?:\\w+ ){0,2}?(?:house|home"
                + "|flat|car|van|shop|cafe|business|salon|pub|restaurant|garage|caravan|place|motor|shed|office"
                + "|takeaway|garden)(?: of yours)? (?:will|'ll|is going to|is gonna|'s going to|'s gonna) (?:be|end up"
                + "|go up) (?:a pile of |a heap of |nothing but |in |on |up in )?(?:ashes|ash|rubble|cinders|flames"
                + "|fire|smoke|a crater|a burnt out shell|burnt out|burned out)\\b|\\b(?:you'll|you will|your \\w+ will"
                + "|your \\w+'ll|they'll) (?:come home|wake up|find|come back)(?: (?:to find|and find|and|to))? (?:the"
                + "|your|ur|their) (?:\\w+ ){0,2}?(?:dogs?|cats?|pets?|rabbits?|horse|pony|puppy|kitten|hamster|budgie"
                + "|car|van|house|flat|shop|fish|tortoise|chickens)(?: will be| is| are)? (?:hanging|dead|strung up"
                + "|in bits|in pieces|on fire|burnt out|burned out|smashed up|with (?:its|their) throats? cut|gutted"
                + "|poisoned|drowned|skinned)\\b|\\b(?:your|ur|that|this) (?:\\w+ )?(?:dog|cat|pet|puppy|kitten|horse|pony|rabbit"
                + "|hamster|budgie|parrot|tortoise)(?: of yours)? (?:won't|wont|will not|isn't going to) (?:last|survive|see|make it"
                + " (?:to|through|past)) (?:the|this|till|until|past) (?:week|weekend|night|month|christmas|morning)\\b"
                + "|\\b(?:your|ur|you love|you own|of yours)\\b[^.]{0,60}? (?:gets?|getting|will get|is getting|are getting"
                + "|will be|'ll be|is going to get|are going to get) (?:wrecked|smashed(?: up| in)?|torched|burnt down"
                + "|burned down|set alight|set on fire|kicked in|petrol bombed|firebombed)(?= (?:tonight|tomorrow|this"
                + " (?:weekend|week)|next|when|while|if|unless|by|before|soon)\\b)|\\b(?:pay|paying|paid|give|giving)"
                + " (?:you|u|her|him|them|your \\w+|ur \\w+)? ?a (?:little |quick |proper |late night |surprise )?visit\\b"
                + "[^.]{0,25}?\\b(?:with|bringing|and bring|armed with) (?:a|my|the|some|me) (?:crowbar|bat|baseball bat"
                + "|knife|hammer|machete|gun|blade|brick|acid|petrol|axe|shotgun|cricket bat|golf club)\\b|\\bpetrol (?:through"
                + "|in|into|down) (?:the|your|ur|their|his|her) letter ?box\\b|\\b(?:acid|paint stripper|brake fluid) (?:over"
                + "|on|all over|across) (?:the|your|ur) (?:paintwork|car|motor|van|bonnet)\\b|\\b(?:all four|your|ur|the)"
                + " (?:tyres|tires) slashed\\b|\\b(?:torched|burnt|burned|firebombed|petrol bombed),? and (?:you|your \\w+"
                + "|ur \\w+) with it\\b|\\b(?:i'm|im|i am|we're|i'll|ill|gonna|going to) (?:kick|kicking|boot|booting|smash"
                + "|smashing) (?:the|your|ur) (?:front |back )?door (?:in|down)\\b|\\b(?:your|ur)\\b[^.]{0,30}?\\b(?:house|home|flat"
                + "|car|van|shop|cafe|business|salon|pub|bungalow|caravan|garage|office|restaurant|place)(?: [a-z'\"]+){0,3}?"
                + " (?:is going to|is gonna|'s going to|'s gonna|will|'ll) (?:get |be )?(?:burnt|burned|torched) (?:to the"
                + " ground|down)\\b|\\bwatch (?:your|ur) (?:\\w+ ){0,2}?(?:house|home|flat|car|van|shop|cafe|business|salon|pub"
                + "|bungalow|caravan|garage|office|restaurant|place) (?:go up in (?:smoke|flames)|burn)\\b");
        book.triggers("ashes ash rubble cinders flames fire smoke crater burnt burned hanging dead strung bits pieces"
                + " smashed throat throats gutted poisoned drowned skinned last survive see make wrecked torched set kicked"
                + " petrol firebombed visit letterbox letter paintwork bonnet tyres tires door ground smoke burn");
        // violence said in dialect or slang, or said by its result on the body
        book.threat("violence in slang or by its result", 0.86, "\\b(?:knock|knack|kick|smash|punch|beat|batter"
                + "|leather|twat|belt|bang|wallop|thump|boot|bray) (?:you|u|ye|ya|thee) (?:senseless|unconscious|to a pulp"
                + "|(?:until|till|til) (?:you|u|ye|ya) (?:can't|cannot|can not) (?:stand|walk|breathe|see|move|talk)"
                + "|black and blue|half to death|into next week|into a coma|spark out|sparko)\\b|\\b(?:bang|banging"
                + "|spark|sparking|lay|laying) (?:you|u|ye|ya|thee) out\\b|\\b(?:you're|your|you are|you'll|you will"
                + "|you'll be|you will be|you|(?:ready|about|want|going) to|fancy)(?: be)? (?:getting|gettin|gonna get"
                + "|going to get|get|have|having) (?:your|ur|yer|thi)"
                + " (?:\\w+ )?(?:jaw|legs|nose|head|ed|face|teeth|skull|ribs|arms?|fingers|kneecaps|neck|back|knees|tongue)"
                + " (?:broke|broken|smashed|kicked in|kicked|caved in|knocked out|cracked|snapped|done in|punched in"
                + "|stamped on|cut|slashed|chopped off|cut off|ripped off|pulled out)\\b|\\b(?:picking|pickin|scraping|scrapin|peeling|mopping|hosing) (?:you"
                + "|thee|ye|u|ya|him|her|your \\w+)(?: up)? (?:off|from) (?:the |t')?(?:floor|pavement|road|ground"
                + "|tarmac|carpet|walls?)\\b|\\b(?:bare|some|a few|few|couple of|put|putting|leave|leaving|punch"
                + "|punching) holes in (?:you|u|ya|him|her|them)\\b|\\b(?:your|ur) (?:pushing|pushin) up (?:the )?daisies\\b"
                + "|\\b(?:they'll|he'll|they will|he will|they're gonna|he's gonna|they're going to|he's going to) (?:wet|merk"
                + "|shank|chib|cheff|ching|splash|duppy|bang) (?:you|u)(?: up)?\\b|\\bspin(?:ning)? (?:your|ur) block\\b"
                + "|\\bwhen i (?:catch|see|get|find) (?:you|u|ya),?"
                + " (?:it's|its|it is) a wrap\\b|\\b(?:kill|hurt|torture|do) (?:you|u|him|her) (?:slow|slowly)\\b"
                + "|\\bmake (?:your|ur) (?:fam|family|kids|mum|missus|wife|husband|girlfriend|boyfriend|children|mother"
                + "|brother|sister|son|daughter) watch\\b(?! (?:a|the|it|this|that|your|my|tv|telly|some|films?"
                + "|movies?)\\b)|\\b(?:you'll|you will|you're gonna|you're going to|your gonna|your going to|you are"
                + " going to|you're getting|your getting|you're gettin|your gettin|you'll be getting)(?: get)? (?:a|an|gerra"
                + "|getta|get a)"
                + " (?:proper |good |right |fucking )?(?:hiding|kicking|beating|leathering|pasting|battering|belting"
                + "|hidin)\\b|\\b(?:" + HARM_VERB + "|whack|smack|clout) (?:you|u|ya) (?:with|wiv|wid) (?:a|my|the|this"
                + "|that|me) (?:baseball |cricket |rounders )?(?:bat|hammer|crowbar|brick|bottle|knife|blade|machete"
                + "|golf club|chair|pipe|iron bar|metal bar|plank|spade|shovel|axe|wrench|spanner|cosh|knuckle duster)\\b"
                + "|\\b(?:your|ur) (?:face|head|skull|legs|knees|kneecaps) (?:in )?with (?:a|my|the) (?:baseball |cricket )?(?:bat"
                + "|hammer|crowbar|brick|bottle|knife|blade|machete|golf club|iron bar|axe|spanner|wrench)\\b|\\bput (?:you|u"
                + "|ya) through (?:your|ur|the|a) (?:own )?(?:telly|tv|window|wall|door|table|windscreen|floor)\\b"
                + "|\\b(?:carry|carrying|take|taking) (?:you|u|ya) out in (?:bits|pieces|a box|a bag|a body bag)\\b|\\bthrow"
                + " (?:acid|bleach|something) (?:in|over|at|into) (?:your|ur|his|her) face\\b");
        book.triggers("wet merk shank chib cheff ching splash duppy bang block daisies chopped ripped pulled senseless unconscious pulp blue death next coma spark sparko out broke broken smashed kicked caved"
                + " knocked cracked snapped done punched stamped cut slashed floor pavement road ground tarmac carpet wall"
                + " walls t'floor holes wrap slow slowly watch hiding kicking beating leathering pasting battering belting hidin"
                + " bat hammer crowbar brick bottle knife blade machete club chair pipe bar plank spade shovel axe wrench"
                + " spanner cosh duster telly tv window wall door table windscreen floor bits pieces bag face until till"
                + " til");
        book.rule("wish of harm", Label.THREAT, 0.35, "\\b(?:hope|wish) (?:you|he|she|they) (?:die|dies|get (?:raped"
                + "|cancer|killed|hit by|run over|stabbed|hurt))\\b|\\byou deserve to (?:die|be (?:raped|killed"
                + "|shot|stabbed|beaten))\\b", true, null);
        book.triggers("hope wish deserve");
    }
}

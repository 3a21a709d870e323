package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contexts in which abusive-looking words are not abuse, or less of it: quoting, reporting and countering abuse,
 * negation, games and sport, threats over something trivial, reclaimed words, homonyms, everyday violent idioms,
 * banter. {@link PhraseRules} scores its findings down inside them; the learned models' score is discounted when
 * most of its evidence lies in them. All work on normalised text (tokens joined by single spaces).
 */
final class Excuses {
    /** A quick test: pieces of words without which neither reporting nor counter-speech can match. */
    private static final List<String> REPORT_OR_COUNTER = List.of("call", "said", "says", "told", "tell", "wrote", "text",
            "messag", "sent", "post", "threat", "shout", "scream", "yell", "kept", "keeps", "saying", "ok", "accept",
            "remember", "recall",
            "wrong", "rac", "phob", "bigot", "hate", "offen", "slur", "speech", "hurt", "banter", "joke", "stop", "quit",
            "n't", "never", "cannot", "should", "word", "term", "like", "dare", "deserve", "report", "claim", "think",
            "believ", "pretend", "insult", "whistle", "conspiracy", "trope", "symbol", "delete", "remove", "take", "rid",
            "court", "jury", "prosecut", "arrested", "charged", "jailed", "convicted", "sentenced", "literally", "night",
            "yesterday", "morning", "weekend",
            "helpline", "consent", "illegal", "who say", "reckon", "overheard");

    /** A condition ("if ... isn't back by payday"), and the sender as the subject of what follows it ("i'm ..."). */
    private static final Pattern CONDITION = FirstChars.guarded("\\b(?:if|unless)\\b");
    private static final Pattern SENDER = Pattern.compile("(?:i'm|i'll|i will|i am|we'll|we're|imma) ");
    private final Pattern negation = FirstChars.guarded(
            "(?<!\\b(?:if|unless) (?:you|u|ya|he|she|they|you're|youre|ur|he's|she's|they're) )"
            + "(?<!\\b(?:if|unless) (?:you|u|he|she|they) (?:are|is) )\\b(?:never|not|no one|nobody|nobody's"
            + "|no one's|no way|wouldn't|won't|don't|didn't|can't|couldn't|isn't|aren't"
                    + "|wasn't|shouldn't|do not|will not|would not|nor)\\b(?<!\\bcan't(?= wait\\b))"
                    + "(?<!\\b(?:think|believe|imagine|doubt|reckon) (?:i|we) (?:won't|wouldn't|will not|would not))"
                    + "(?!(?: for a second| for a minute)? (?:think|believe|imagine) (?:i|we) (?:won't|wouldn't"
                    + "|will not))"
                    + "(?: (?!i'll|ill|i will|we'll|i'm|we're|or\\b|but\\b|and\\b|when\\b|once\\b|till\\b"
                    + "|until\\b|if\\b)[^ .,\"]+){0,4}(?: (?:go|come|head|get) (?:out |round |over |down )?and)? $");

    /**
     * A negation of wanting, needing or trusting people, said of them by a name right after it: "we don't need
     * another ..." rejects the people the name calls, it does not take the name back ("I don't want anyone calling
     * him a ..." still does).
     */
    private final Pattern rejection = FirstChars.guarded("\\b(?:don't|do not|never|won't|wouldn't|will not|would not)"
            + " (?:need|want|trust|hire|employ|serve|rent to)(?: (?:another|any more|any|more|a|an|these|those|no"
            + "|some|your|their|his|her))? $");

    private final Pattern selfHarmNegation = FirstChars.guarded(
            "\\b(?<!why )(?:never|not|don't|do not|shouldn't|should not|please don't|don't you dare|no need to"
                    + "|never ever)(?: [^ .,\"]+){0,2} $");

    /**
     * A game, match or election, where "destroy them", "murder Spurs", "I'll batter you at darts", "my nan kept killing
     * everyone" (playing Among Us), "kill the Scots off early in the Calcutta Cup" and "the Tories will be wiped out at
     * the next election" are talk of winning; or a photo shoot, where "shoot a woman for my portfolio" is taking her
     * picture.
     */
    private final LazyPattern sportOrGame = new LazyPattern("\\b(?:at|in|on|playing) (?:darts|squash|pool|snooker"
            + "|fifa|chess|among us|minecraft|roblox|warzone|call of duty|apex|valorant|gta|halo|overwatch"
            + "|rocket league|uno"
            + "|tennis|netball|hockey|basketball|volleyball"
            + "|rounders|lacrosse|dodgeball|paintball|laser tag|sports day|table tennis|water polo|bowls"
            + "|golf|cards|poker|monopoly|scrabble|fortnite|cod|mario kart|ping pong|badminton|bowling|the quiz|the pub"
            + " quiz|5 a side|five a side|the derby|the final|the match|the game|the second half|the first half"
            + "|penalties|training|cricket|rugby|football|footy|the rugby|the cricket|the football|the test"
            + "|the test match|the world cup|the euros|the six nations|the ashes|the olympics|the ryder cup|the race"
            + "|lords|twickenham|wembley|the oval|headingley|murrayfield|the stadium|the cup|the league|the semis"
            + "|the semi final|the semi-final|the quarters|the playoffs|the play-offs)\\b|\\b(?:at|in|on) the"
            + " (?:[a-z]+ ){1,2}(?:cup|final|derby|league|tournament)\\b"
            + "|\\b(?:second|first|next|final)"
            + " (?:half|round|leg|set|frame)\\b|\\b(?:murder"
            + "|destroy|slaughter|batter|smash|thrash|hammer|bury|annihilate) (?:spurs|arsenal|chelsea|united|city"
            + "|villa|rovers|wanderers|rangers|celtic|everton|liverpool|leeds|the opposition)\\b|\\b(?:destroy|wipe out"
            + "|annihilate|crush|hammer|thrash|trounce|obliterate) (?:the )?" + PARTIES + "\\b|\\b" + PARTIES + " (?:will"
            + "|are going to|'ll|could|might|are gonna) (?:get |be )?(?:wiped out|destroyed|annihilated|crushed|hammered"
            + "|thrashed|trounced|obliterated)\\b|\\b(?:their|our|your"
            + "|the)"
            + " (?:defence|defense|keeper|goalie|striker|strikers|midfield|back four|back line|forwards|bowling|batting"
            + "|league|fixture|kick off|kick-off|away game|home game|away end|season|squad|team)\\b|\\bkill the game"
            + " off\\b|\\b(?:our|their|your|my|the) (?:five|5)[ -]a[ -]side (?:team|side|squad)\\b|\\b\\d (?:\\d|nil)(?: (?:easy|win|victory|to us|to the|home|away))\\b"
            + "|\\b\\d nil\\b"
            + "|\\b(?:for|in) (?:my|the|a|her|his|our|their|a new) (?:portfolio|photoshoot|photo shoot|calendar"
            + "|magazine"
            + "|lookbook|catalogue|music video|short film|headshots)\\b|\\b(?:headshot|photo|picture) day\\b|\\b(?:at|in) (?:the|this|next|a) (?:next "
            + "|general |local |last |snap )?(?:elections?|by-elections?|polls|vote|ballot box|referendum)\\b");

    /** Political parties, beaten at the polls: "Reform are going to destroy the Tories", "Lib Dems will get wiped out". */
    private static final String PARTIES = "(?:tories|tory party|labour|lib dems|liberal democrats|reform|reform uk|the snp"
            + "|snp|the greens|greens|conservatives|plaid|ukip)";

    /** Trivial things people joke about killing each other over. */
    private static final String TRIVIAL = "(?:biscuits?|chocolates?|crisps|chips|cake|pizza|sweets|haribo|food|dinner"
            + "|snacks|sausage rolls?|yoghurts?|trifle|hobnobs?|jaffa cakes?|maltesers|creme eggs?|oat milk|noodles"
            + "|tea|coffee|wine|beer|gin|milk|toast|leftovers|sandwich|charger|remote|ending|endings|spoilers?|spoil"
            + "|episode|finale|box set|series|timesheets?|expenses|rota|homework|forms?|washing up|dishes|bins?"
            + "|parking space|seat|hoodie|jumper|straighteners|makeup|make-up|playlist|password|netflix|pud|pudding"
            + "|roast|chippy|takeaway|kebab|curry|doughnuts?|shirt|shoes|trainers|socks|films|movie|song|songs|hen do"
            + "|stag do|flight|flights|meme|memes|karaoke|quiz|selfie|haircut|fringe|throwbacks?|baby photos?"
            + "|tag me|tags me|tagging me)";
    /** Laughing or joking, written out: "lol", "lolol", "lmao", "hahaha", "ahah", "hehe", "jk", "only joking". */
    private static final String LAUGH = "(?:lol(?:ol)*l?|lmf?ao+|rofl|a?(?:ha){2,}h?|(?:he){2,}h?|jk|only joking"
            + "|just joking)";

    /**
     * A threat made over something trivial, as a joke ("I'll kill you if you eat my last biscuit", "spoil the ending
     * and I will end you", "get your timesheets in or I will hunt you down"): a condition and a trivial object in
     * the same sentence; a trivial wrong done ("you ate my last haribo, I'm going to end you"); a laugh beside "kill
     * you for..." ("lmao I'm going to kill you for posting that"); someone else's anger foretold ("mum's going to
     * murder you when she sees the car", "you're dead, sir saw the meme"); exasperation at someone absent ("I could
     * wring his neck", "I could kill him for eating my leftovers"); the idiom "kill them with kindness"; or
     * no threat at all, people taken out for a meal.
     */
    private final LazyPattern trivialCause = new LazyPattern("\\bkill (?:them|you|him|her|em) with kindness\\b"
            + "|\\b(?:take|taking|took|takes) (?:out (?:[a-z']+ ){1,6}?|(?:[a-z']+ ){1,6}?out )for (?:dinner|lunch"
            + "|a meal"
            + "|drinks|a drink|a curry|a pint|coffee|a coffee|breakfast|tea|a drive|a walk|the day|a day out)\\b"
            + "|\\bwhen (?:she|he|they|mum|mam|mom|dad|your (?:mum|mam|mom|dad"
            + "|nan|gran|boss|wife|husband|missus)) (?:sees|finds out|hears|gets home|notices)\\b"
            + "|(?<!\\b(?:if|your|when) )\\b(?:mum|mam|mom|dad|sir|miss) (?:saw|has seen|'s seen|found out)\\b"
            + "|\\b(?:if (?:you|u|ya|he|she|anyone|someone)|or (?:i|i'll|i will|else)"
            + "|unless (?:you|u)|and i(?:'ll| will))\\b.*\\b" + TRIVIAL + "\\b|\\b(?:biscuits?"
            + "|chocolate|crisps|cake|pizza|spoilers?|spoil|ending|finale|episode|timesheets?|rota|homework|karaoke"
            + "|song)\\b.*\\b(?:or (?:i|i'll|i will|else)|and i(?:'ll| will|'m))\\b|\\b(?:you|you've) (?:ate|eaten|drank|drunk"
            + "|finished"
            + "|nicked|pinched|took|stole|used|spoilt|spoiled|broke) (?:my|the|our) (?:last )?(?:\\w+ ){0,2}" + TRIVIAL
            + "\\b|\\bi could (?:[a-z]+ ){0,2}?(?:kill|murder|strangle|throttle|wring) (?:him|her|them|em|his neck"
            + "|her neck|their necks|\\w+'s neck)\\b(?![^.]{0,40}\\b(?:and (?:no ?one|nobody)|get away with|would (?:ever"
            + " )?know|when i (?:see|get)|if (?:he|she|they))\\b)|\\b" + LAUGH + "\\b.*\\b(?:kill|end|murder|strangle|batter) you for\\b|\\b(?:kill|end"
            + "|murder|strangle|batter) you for\\b.*\\b" + LAUGH + "\\b");

    /**
     * The law's own process, which a firm message may promise lawfully ("you'll see what happens when this goes to
     * tribunal", "I know where you live, it's on the tenancy agreement, and that's where the court papers will be
     * served").
     */
    private final LazyPattern lawfulProcess = new LazyPattern("\\b(?:court papers|(?:papers|summons|claim|notice|writ)"
            + " (?:will be|to be|being|was|were|gets?) served|(?:goes|go|going|went|take (?:this|it|you)) to (?:a |the )?"
            + "(?:tribunal|small claims|county court|ombudsman)|letter before action|section 21|(?:a|my) solicitor's"
            + " letter)\\b");

    private final LazyPattern reporting = new LazyPattern(
            "\\b(?:called|(?<!\\bwho |\\bthat )calls|calling|keeps calling|kept calling) (?:me|us|her|him|them|(?:my"
                    + "|the|this|that|his"
                    + "|their|our) \\w+)\\b|\\b(?:got|get|gets|getting|was|were|been|being) called (?:a|an)\\b"
                    + "|\\b(?:was|were|got) (?:sprayed|written|painted|scrawled|daubed|shouted|graffitied)\\b"
                    + "|\\breported (?:a|an|the|this|that|some) (?:[a-z']+ ){0,6}?for (?:shouting|saying|posting|writing"
                    + "|screaming|chanting|yelling|threatening)\\b|\\b(?:court hears|the court heard|court heard|the jury"
                    + " (?:heard|was told)|prosecutors? said|(?:he|she|they) (?:was|were) (?:arrested|charged|jailed"
                    + "|convicted|sentenced))\\b|\\b(?:someone|somebody|a man|a woman|a gang|a group of \\w+|two men"
                    + "|some lads) (?:shoved|threw|poured|pushed|posted|put|set fire to|smashed|attacked|stabbed|beat up"
                    + "|spat at)\\b(?=[^.]{0,100}\\b(?:last night|yesterday|this morning|at the weekend|on \\w+day"
                    + " night)\\b)"
                    + "|\\b(?:(?:he|she|they|someone|somebody|people|this guy|this girl|my ex|my boss|my neighbour)"
                    + "(?: just| literally| actually| even| also| then)?"
                    + "|(?!(?:i|we|you|u|ever|already|just|you've|youve|bible|quran|koran|torah|scripture|god"
                    + "|allah) )[a-z]+)"
                    + " (?:said|says|stated|told me|wrote|texted"
                    + "|messaged me|sent me|posted|threatened|shouted"
                    + "|screamed|yelled|spray painted|sprayed|scrawled|painted|daubed|graffitied|chanted|airdropped me"
                    + "|keeps asking|kept asking)\\b(?! otherwise)|\\b(?<!\\bi |\\bwe )(?:told|tells|telling)"
                    + " (?!(?:you|u|ya|ye)\\b)(?:[a-z]+ ){1,4}?(?:that )?(?:he|she|they)(?:'d|'ll| would| will| was going to"
                    + "| is going to| were going to| was gonna| is gonna| are going to)\\b|\\bi (?:never|didn't|did not) mean(?:t)? (?:it|that|any of it) when i (?:said|texted|wrote|told you)\\b"
                    + "|\\bwhen i (?:said|texted|wrote|told you)\\b(?=.{3,80}?\\b(?:i meant|i (?:obviously |clearly |honestly |really )?didn't"
                    + " mean|i did not mean|not (?:for real|literally"
                    + "|seriously)|i was (?:only |just )?(?:joking|venting|kidding|messing|upset|angry|raging|drunk"
                    + "|letting off steam|being dramatic)|it was a joke)\\b)|\\b(?:threatened|threatening) to\\b|\\boverheard\\b"
                    + "|\\bnot literally\\b"
                    + "|(?<!\\bnot )(?<!\\bnever )\\b(?:sorry|apologies|i apologise) (?:for|about) (?:saying|what i said|texting|writing|telling you)"
                    + "\\b(?! (?:this|it) but)"
                    + "|\\b(?:remember|remembers|remembered|recalls|recalled) the (?:night|day|time|year|summer)\\b"
                    + "|\\b(?:message|messages|comment|comments|post|posts|note|letter|leaflet|sign|banner|text|texts"
                    + "|dm|dms|email|voicemail|graffiti|someone|somebody|bloke|man|woman|guy|video|clip|tweet|tweets"
                    + "|speech"
                    + "|sermon|article|headline|poster|sticker|flyer|preacher|vicar|imam|priest|rabbi|mp|politician"
                    + "|minister) (?:\\w+ ){0,3}?saying\\b"
                    + "|\\b(?:keep|keeps|kept) (?:saying|posting|writing|shouting|chanting) that\\b"
                    + "|\\b(?:he|she|they) (?:keeps|kept) (?:saying|sending)"
                    + "\\b|\\b(?:saying|shouting|screaming|yelling|posting|posted|commenting|tweeting|replying"
                    + "|replied)\\b(?= \")"
                    + "|\" (?:says|said|writes|wrote|posts|posted|tweets|tweeted|comments|commented|claims|claimed"
                    + "|replies|replied)\\b");

    private final LazyPattern counterSpeech = new LazyPattern(
            "\\b(?:it's|it is|that's|that is|is|was|are) (?:not ok|not okay|not acceptable|never ok|never okay|wrong"
                    + "|unacceptable|racist|homophobic|transphobic|bigoted|hateful|offensive|a slur|slurs|hate speech"
                    + "|hurtful|deeply hurtful|not banter|not a joke)\\b(?! with\\b)|\\b(?:saying|claiming|thinking"
                    + "|believing|pretending|writing|posting|chanting|shouting|telling \\w+) (?:that )?.{3,60}? (?:is"
                    + "|was) (?:like"
                    + "|just as|racist|wrong|stupid|ignorant|bigoted|offensive|hateful|hurtful|nonsense|rubbish|a lie"
                    + "|ridiculous|absurd|vile|disgusting|monstrous|sickening|evil|abhorrent|shameful|disgraceful"
                    + "|horrific"
                    + "|appalling|despicable|illegal|incitement|a (?:hate )?crime)\\b|\\b(?:shocked|disgusted|appalled"
                    + "|horrified"
                    + "|sickened) (?:that|by|at|to (?:hear|see|read))\\b|\\b(?:you|u) (?:said|wrote|posted|tweeted"
                    + "|commented|claimed) that\\b(?!')|\\b(?:when |if )?(?:you|u) (?:said|say|wrote|write|posted|post"
                    + "|tweeted|commented|claimed|claim)\\b(?=.{3,120}?\\b(?:(?:that's|that is|thats|this is|you're"
                    + "|you are"
                    + "|ur) (?:sick|vile|disgusting|hateful|evil|horrible|disgraceful|despicable|appalling|spreading"
                    + " hate|inciting|a bigot|a racist|the problem)|(?:reported|reporting) (?:you|it|this|that"
                    + "|your))\\b)"
                    + "|\\bhow (?:can|could) (?:anyone|someone"
                    + "|people) (?:think|say|believe|claim|write|post)\\b|\\b(?:using"
                    + "|use|used|uses|say|saying) (?:\" )?[a-z*'-]+(?: \")? as an? (?:insult|slur|swear word)\\b"
                    + "|\\b(?:stop|quit|don't|do not|never|you can't"
                    + "|you cannot|you shouldn't|nobody should|no one should) (?:calling|saying|using|writing|posting"
                    + "|call|say|use)\\b|\\bthe (?:n-word|f-word|p-word|c-word|slur)\\b|\\b(?:dog whistle"
                    + "|conspiracy theor(?:y|ies)|trope|hate symbol)s?\\b|\\b(?:using|use|used|say|saying|said) (?:the"
                    + "|that) (?:word|term)\\b(?! where| when)|\\b(?:statements|comments|things|posts) like\\b"
                    + "|\\bhow dare (?:you|he|she|they)\\b|\\bno one deserves to\\b|\\bnobody deserves to\\b"
                    + "|\\b(?:(?:people|anyone|those|folk|the ones) who|whoever) (?:say|says|think|thinks|claim|claims"
                    + "|believe"
                    + "|believes|reckon|reckons|keep saying)\\b(?! otherwise)|\\b(?:people|anyone|those|folk|the ones"
                    + "|everyone) (?:saying|sayin|claiming"
                    + "|posting|chanting)\\b(?=.{3,120}?\\b(?:need (?:their|his|her) heads? (?:checking|testing"
                    + "|examining"
                    + "|examined)|are (?:sick|vile|disgusting|evil|deranged|unhinged|wrong|scum)|should be (?:ashamed"
                    + "|banned|reported|arrested)|(?:no one|nobody|no-one) deserves)\\b)"
                    + "|\\b(?:people|anyone|anybody|those|folk|the ones) who (?:wants?|would want|tries|try|would like)"
                    + " to\\b(?=.{3,80}?\\b(?:needs? (?:help|therapy|sectioning|locking up|(?:their|his|her) heads?"
                    + " (?:checking|testing|examining|examined))|(?:is|are) (?:sick|vile|disgusting|evil|cowards?|scum"
                    + "|pathetic)|should be (?:ashamed|locked up|arrested))\\b)"
                    + "|\\bcalling (?:someone|people|anyone|somebody|a person) (?:a |an "
                    + "|\" )?[a-z*'-]+(?: \")? (?:as an? (?:insult|slur)|is|isn't|was|wasn't)\\b|\\bcalling (?:someone"
                    + "|people|anyone|somebody|(?:your|his|her|their|my|a) (?:[a-z]+ ){1,3}?)(?:a|an)\\b|\\b(?:call"
                    + "|calls|called|calling) (?:[a-z'-]+ ){1,3}(?:a "
                    + "|an )?\" |\\b(?:reported|reporting|flagged|screenshotted|report|to report) (?:a|an|the|this|that"
                    + "|his|her|their) (?:\\w+ )?(?:post|comment|tweet|message|video|account|page|reply|thread|incident"
                    + "|crime|abuse|harassment)s?\\b|(?<!\\bunless (?:you|u) |\\bif (?:you|u) (?:don't|dont|do not) |\\bbetter )"
                    + "\\b(?:delete|deleted|remove|removed|take down|taken down"
                    + "|get rid of) (?:\\w+ ){0,3}(?:nudes|pics|photos|images|videos|pictures)\\b|\\bhelpline\\b"
                    + "|\\bwithout (?:my |her |his |their |your |someone's )?consent\\b|\\bis it illegal\\b"
                    + "|\\bthreatening to (?:post|share|send|leak|show)\\b|\\b(?:how (?:do|can|should) i|going to|i'll"
                    + "|i will|gonna) report\\b|\\b(?:reported|reporting) (?:this|it"
                    + "|him|her|them)\\b|\\b(?:horrible|disgusting|awful|vile|nasty|sickening|hateful|ignorant|vicious)"
                    + " thing to say\\b|\\bthe kind of (?:ignorance|hate|bigotry|racism|hatred)\\b|\\bif you say\\b"
                    + "|\\bwhoever (?:did|wrote|said|sprayed|posted) (?:this|that|it) is\\b|\\bthe (?:abuse|hate|hatred"
                    + "|racism|homophobia|transphobia|bigotry|harassment|discrimination) (?:that )?(?:\\w+ ){1,3}(?:get"
                    + "|gets|face|faces|receive|receives|suffer|suffers)\\b");

    /**
     * Words outside a pair of quotation marks that frame what is inside as someone's words, a title or a line, or
     * condemn them: "he called me", "the word", "sent", "song", "absolutely disgusting". The quoted words are
     * then not the sender's own.
     */
    private final Pattern quoteFrame = FirstChars.guarded("\\b(?:said|say|says|saying|call|calls|called|calling|shout"
            + "|shouted|shouting|yelled|screamed|sent|send|sending|replied|replies|reply|replying|your response|your reaction"
            + "|wrote|write|writes"
            + "|written"
            + "|post"
            + "|writing"
            + "|texted|messaged|posted|posting|commented|comments|comment|referred|word|words|term|hear|heard|hearing"
            + "|got|get|keeps getting|kept getting|been getting|received|receiving|copied|report|reported|reporting"
            + "|logged|screenshot|screenshotted|quote|quoting|quoted|line|lines|stating|autocorrect|harassment|solicitor"
            + "|put on|puts on|enough for|enough to"
            + "|lyric|lyrics|song|songs|sang|sing|singing|speech|film|movie|book|episode|scene|show|chant|chanted"
            + "|chanting|tweet|tweeted|caption|bio|renamed|named|title|edgy|banter|joke|replies|came on|playing"
            + "|played|read|reading|stop|isn't|is not|aren't|are not|never|sign|poster|mug|t-shirt|motto|catchphrase"
            + "|saying|slogan|disgusting|vile|sickening|appalling|horrific)\\b");

    /**
     * The words before an insult that deny it ("you're not stupid", "no one thinks you're a loser", "I'd never call
     * you a bitch"), up to three words after the denial; not "not gonna lie", "not being funny but", "not my fault
     * you're", "no wonder", "not saying" or "don't be", which come before insults that stand.
     */
    private final Pattern deniedBefore = FirstChars.guarded("(?<!\\bif (?:you|u|he|she|they) )\\b(?:(?<!\\byou )not"
            + "|never|isn't|aren't|wasn't|weren't|ain't|didn't"
            + "|don't think|do not think|no one thinks|nobody thinks|no one said|nobody said|no one called|nobody"
            + " called)(?: (?!(?:but|lie|lying|gonna|going|being|funny|joking|kidding|fault|surprised|shocked|wonder"
            + "|saying|because|cos|if|when|even|be|only|just|the only)\\b)[^ .,\"!?]+){0,3} $");

    /** The words before an insult that turn it on the speaker: "I'm such an idiot", "as a fat bird who runs". */
    private final Pattern selfBefore = FirstChars.guarded("\\b(?:i'm|im|i am|i was|i feel like|i felt like|i look like"
            + "|i looked like|as a|as an|call me)(?: (?:a|an|such|so|the|total|complete|absolute|proper|right|bit"
            + "|of|massive|useless|mad|old|fat|big|little|biggest|daft|silly|utter))* $");

    private final LazyPattern reclaimed = new LazyPattern(
            "\\b(?:my|me and my|wassup|sup|what's up) (?:niggas?|nigga)\\b|\\b(?:dyke march|dykes on bikes|call"
                    + " ourselves|we call ourselves|call each other|calling each other)\\b|\\b(?:queers?|dykes?"
                    + "|trannies"
                    + "|tranny|muzzies|muzzie|crips|homos) (?:squad|fam|gang|crew|in the house|unite|assemble|club)\\b"
                    + "|\\b(?:i'm|i am|we're|we are|as a|as an|us|proud|fellow|being|proud to be) (?:a |an "
                    + "|the )?(?:(?:proud"
                    + "|fellow|big|old|little|bent|massive|bunch of)"
                    + " )*(?:queer|queers|dyke"
                    + "|dykes"
                    + "|fag|fags|faggot|poof|cripple|crip|tranny|trannies|nigga|niggas|homo|bender|muzzie|muzzies"
                    + "|crips)\\b|\\b(?:call|calling|called) myself (?:a |an )?(?:queer|dyke|fag|faggot|poof|cripple"
                    + "|crip"
                    + "|tranny|homo|bender|muzzie)\\b|\\bqueer (?:community"
                    + "|people|folk|culture|theory|history|and proud|rights|joy|art|pride|film|club|night)\\b");

    private final LazyPattern homonym = new LazyPattern(
            "\\bshoot (?:[a-z']+ ){1,8}?(?:a|an) (?:quick |short )?(?:message|text|email|e-mail|dm|line|note|reminder)\\b"
                    + "|\\b(?:have|having|had|need|want|roll|rolling|light|lit|smoke|smoking|packet of|pack of|box of|out for"
                    + "|nip out for|quick|cheeky) (?:a )?(?:fag|fags)\\b|\\bfag (?:break|end|ends|packet|burn)\\b"
                    + "|\\bfaggots (?:and|with|in) (?:peas|gravy|mash|onion)|\\b(?:ate|eat|eating|cook|cooking|had"
                    + "|some|brains) faggots\\b|\\b(?:on a|went on a|been on a|massive|big|weekend|three day|absolute"
                    + "|two day) bender\\b|\\bcheeky (?:little )?monkey\\b|\\b(?:a|such a|right|proper"
                    + "|naughty) (?:little )?monkey\\b"
                    + "(?=[^.]{0,40}\\b(?:climb\\w*|bookshelf|tree|sofa|mischief|bless|giggl\\w*)\\b)|\\b(?:monkey"
                    + "|ape) (?:bars|business|around"
                    + "|nuts|see)\\b|\\bgreat ape\\b|\\bfender bender\\b|\\b(?:gasping|dying|desperate"
                    + "|gagging) for a fag\\b"
                    + "|\\boffa's dyke\\b|\\bdyke (?:path|walk|road|lane|way)\\b|\\bchinks? (?:in|of) (?:the|his|her"
                    + "|their|my|your|its|light)\\b|\\b(?:outside|out the back|after dinner"
                    + "|after tea) for (?:a )?(?:quick"
                    + " |crafty |sneaky )?fag\\b|\\b(?:a )?(?:crafty|sneaky) fag\\b|\\bfaggots? of (?:sticks|wood|twigs"
                    + "|kindling|firewood|brushwood)\\b|\\b(?:will|to|would|could|may|might|can|does|did|helps?"
                    + "|used to)"
                    + " retard (?:the|their|its|his|her|a|an|growth|progress|development)\\b|\\bretard(?:s|ed|ing)?"
                    + " (?:the )?(?:growth|progress|development|reaction|ageing|aging|spread|rate|labour|labor|fire"
                    + "|flames?)"
                    + "\\b|\\btranny\\b(?=[^.]{0,40}\\b(?:car|truck|pickup|van|gearbox|engine|clutch|gears?|motor|jeep"
                    + "|ford"
                    + "|vauxhall|transmission|garage|mechanic|radio)\\b)|\\btranny radio\\b"
                    + "|\\btranny\\b(?<=\\b(?:car|truck|pickup|van|engine|clutch|motor|jeep|rebuilt|rebuild|replaced"
                    + "|fixed"
                    + "|ford) [^.]{0,40}tranny)|\\bcoons?\\b(?=[^.]{0,40}\\b(?:bins?|trash|garbage|tree|attic|garden"
                    + "|chickens|hunting"
                    + "|hound|raccoons?|woods)\\b)|\\bcoon (?:hunting|hound|dog|cat|skin)\\b|\\b(?:bum|borrow|cadge"
                    + "|scrounge"
                    + "|nick|pinch|spare) (?:a|me a) fag\\b|\\bfags?\\b(?=[^.]{0,40}\\b(?:cigarettes?|ciggies?|lighter"
                    + "|smoke"
                    + "|smoking|baccy|tobacco)\\b)|\\bbeaners?\\b(?=[^.]{0,40}\\b(?:batter|batter's|pitch|pitched"
                    + "|pitcher"
                    + "|plate|inning|innings)\\b)|\\bbeaners?\\b(?<=\\b(?:pitcher|pitched|threw|throwing"
                    + "|throw) [^.]{0,30}beaners?)");

    private final LazyPattern negatedHarm = new LazyPattern("\\b(?:never|not going to|wouldn't|won't|would never"
            + "|will never|could never|don't want to|(?:no one|nobody)(?: [a-z]+){0,2} is going to|nobody's going(?: round| over| down)? to"
            + "|not gonna) (?:\\w+ ){0,2}" + ThreatRules.HARM_VERB + "\\b|\\b(?:don't|do not|didn't|never|could never"
            + "|would never) (?:\\w+ )?hate (?:you|u)\\b|\\b(?:don't|do not|doesn't|does not|never) deserves? to (?:be|get)"
            + " (?:\\w+ )?(?:beaten|attacked|hurt|harmed|killed|stabbed|shot|assaulted|abused|burned|burnt|hounded"
            + "|lynched|hanged)\\b|\\bnot (?:to )?(?:be|get|getting|being) (?:\\w+ )?(?:beaten"
            + "|attacked|hurt|harmed|killed|stabbed|shot|assaulted|abused|harassed|threatened|murdered|burned|burnt"
            + "|bullied|battered)\\b|\\bthere(?:'ll| will) be no (?:\\w+ )?(?:violence|attacks?|bricks|fires?|visits"
            + "|trouble|beatings|bloodshed|revenge|retaliation|reprisals)\\b|\\b(?:never|wouldn't|won't|would never"
            + "|will never|could never|not going to|not gonna) (?:\\w+ )?(?:touch|lay a (?:finger|hand) on|harm"
            + "|damage)\\b");

    /**
     * Someone else's harm aimed at the speaker, reported or feared ("I'm scared he's going to kill me", "she's
     * going to batter me", "threatened to stab me"): not the speaker's own threat.
     */
    private final LazyPattern harmToSpeaker = new LazyPattern("\\b(?:he|she|they|he's|she's|they're|someone|somebody"
            + "|people|passenger|customer|neighbour|ex)\\b(?: [a-z']+){0,4}? (?:going to|gonna|will|'ll|threatened to"
            + "|threatening to|wants to|tried to|said he'd|said she'd|would) " + ThreatRules.HARM_VERB
            + " (?:me|us|my \\w+)\\b");

    /**
     * Violent words in everyday idioms ("this heat is killing me", "the death of me", "to die for", "knock 'em
     * dead", "she murdered that song", "kill the process"): harmless regions for the learned models, which learnt
     * the words, not the idioms.
     */
    private final LazyPattern idiom = new LazyPattern("\\b(?:sick|bored|scared|frightened|worried) (?:to death|sick)\\b"
            + "|\\b(?:is|are|was|were|'s|'re|keeps?) (?:\\w+ )?(?:killing|murdering)"
            + " (?:me|us|my \\w+)\\b|\\b(?:the|be the) death of (?:me|us|him|her)\\b|\\bto die for\\b|\\bknock (?:\" em"
            + "|'em|em"
            + "|them|him|her|'m) dead\\b|\\b(?:murdered|killed|slayed|slaughtered|smashed|nailed) (?:that|the|it|this)"
            + " (?:karaoke|song|solo|exam|test|interview|presentation|speech|set|gig|look|outfit|dance|routine|quiz"
            + "|round|performance)\\b|\\b(?:a|an absolute|a real) killer (?:on|at|in) the\\b|\\b(?:dying|died) (?:of"
            + " laughter|laughing|for a|to)\\b|\\b(?:kill|killed|killing) (?:the|a|that) (?:process|job|task|engine"
            + "|lights|music|app|server|tab|power|vibe|mood)\\b|\\bkill 9\\b|\\b(?:going to|gonna|will|'ll) kill me"
            + "\\b(?=[^.]{0,40}\\b(?:forgot|late|find out|see|sees|saw|when|if)\\b)");

    /**
     * Words of the news and the courts, in a message that speaks to no one: "jury found him guilty of attempted
     * murder", "one man in hospital", "the Khmer Rouge killing fields documentary".
     */
    private static final Pattern NEWS = FirstChars.guarded("\\b(?:jury|jailed|sentenced|convicted|found guilty"
            + "|inquest|in hospital|witnesses|hate crime|documentary)\\b");
    private static final Pattern ADDRESSED = FirstChars.guarded("\\b(?:you|your|you're|yours|u|ur|@user)\\b");
    /** Violence done or named: "attacked", "kicked his head in", "smashed up", "left a noose", "violence". */
    private static final Pattern VIOLENCE_DONE = FirstChars.guarded("\\b(?:attacked|assaulted|stabbed|beat up|beaten"
            + "|kicked|smashed|smashed up|torched|burned|burnt|threatened|abused|spat at|left a noose|vandalised"
            + "|desecrated|firebombed|set fire to|setting fire to|violence|attacks)\\b");
    /** Words that condemn it: "should be ashamed", "a disgrace", "does not speak for", "needs locking up". */
    private static final Pattern CONDEMNED = FirstChars.guarded("\\b(?:ashamed|(?:a|an absolute|a total) disgrace"
            + "|disgraceful|evil|cowards?|cowardly|pathetic|needs? locking up|should be locked up|(?:does|do) not speak"
            + " for|doesn't speak for|don't speak for|we don't stand for|don't stand for|thoughts (?:are )?with"
            + "|no one should|nobody should|stand up for|stand with)\\b");

    /**
     * Harm to bodies or to the fans, not to a side: a threat that names it is not talk of winning, even at a match
     * ("smash the faces in of those Spurs fans at the derby", "leave them bleeding in the car park after the game").
     */
    private static final Pattern BODILY_HARM = FirstChars.guarded("\\b(?:fans|supporters|faces?|heads?|teeth|skulls?"
            + "|jaws?|legs|kneecaps|throats?|bleeding|blood|hospital|stabbed|stab|knife|knives|glass|glassed|glassing"
            + "|machete|done in|shanked|bladed|bottled|slashed|knifed|kicked in)\\b");

    private static final Pattern LAUGHING = FirstChars.guarded("\\b" + LAUGH + "\\b");

    /** Laughter, or the love that often stands for it between friends ("you're a twat lol love ya x"). */
    private final Pattern laughter = FirstChars.guarded("\\b(?:" + LAUGH + "|love)\\b");

    private final Pattern affection = FirstChars.guarded("\\b(?:love you|love ya|luv you|luv ya|xx+|babe|hun|mate|bro"
            + "|bruv|bestie|m8|best friend|happy (?:birthday|bday|b'day|\\d+(?:st|nd|rd|th))|proud of (?:you|ya|u)"
            + "|fair play|well done|congrats|congratulations|miss (?:you|ya|u)|pints? on me)\\b|(?:^| )x$");

    /** "you" and the next three words, which may hold an insult: "you tight bitch", "you slag". */
    private static final Pattern VOCATIVE = FirstChars.guarded("\\b(?:you|ya|u|ur)((?: [a-z'-]+){1,3})");

    private final Lexicon lexicon;

    Excuses(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** True when {@code threat} (the words of a threat) names harm to bodies or to fans. */
    static boolean bodilyHarm(String threat) {
        return BODILY_HARM.matcher(threat).find();
    }

    /** Talk of a game or match in the text ("at darts", "their defence"). */
    List<int[]> games(String s) {
        return regions(sportOrGame, s);
    }

    /** A condition about something trivial ("if you eat my last biscuit"). */
    List<int[]> trivialCauses(String s) {
        return regions(trivialCause, s);
    }

    /** The law's own process promised in the sentence ("when this goes to tribunal"). */
    List<int[]> lawfulProcess(String s) {
        return regions(lawfulProcess, s);
    }

    /** Reclaimed slurs ("us queers") and harmless homonyms ("out for a fag"). */
    List<int[]> reclaimedOrHomonyms(String s) {
        List<int[]> out = regions(reclaimed, s);
        out.addAll(homonyms(s));
        return out;
    }

    /** Harmless homonyms of slurs ("faggots and mash", "out for a fag") and of harm ("shoot ... a message"). */
    List<int[]> homonyms(String s) {
        return regions(homonym, s);
    }

    /** Harm spoken of under a negation ("I would never hurt you"). */
    List<int[]> negatedHarm(String s) {
        return regions(negatedHarm, s);
    }

    /** Someone else's harm aimed at the speaker, reported or feared ("she's going to batter me"). */
    List<int[]> harmToSpeaker(String s) {
        return regions(harmToSpeaker, s);
    }

    /** Violent words in everyday idioms ("this heat is killing me"). */
    List<int[]> idioms(String s) {
        return regions(idiom, s);
    }

    /**
     * The sentences that condemn violence done ("the lads who kicked that Polish guy's head in should be ashamed",
     * "whoever smashed up the Jewish cemetery needs locking up").
     */
    List<int[]> condemnedViolence(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = VIOLENCE_DONE.matcher(s);
        while (m.find()) {
            int from = sentenceStart(s, m.start());
            int to = sentenceEnd(s, m.start());
            if (CONDEMNED.matcher(s).region(from, to).find()) {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /** The sentences of a message to no one that speak of the news or the courts. */
    List<int[]> news(String s) {
        List<int[]> out = new ArrayList<>();
        if (ADDRESSED.matcher(s).find()) {
            return out;
        }
        Matcher m = NEWS.matcher(s);
        while (m.find()) {
            out.add(new int[] {sentenceStart(s, m.start()), sentenceEnd(s, m.start())});
        }
        return out;
    }

    /** True when the message laughs ("lol", "hahaha", a laughing emoji). */
    boolean laughing(String normal) {
        return LAUGHING.matcher(normal).find();
    }

    /** True when laughter and affection together suggest banter between friends ("you're a twat lol love ya x"). */
    boolean banter(String normal) {
        return laughter.matcher(normal).find() && affection.matcher(normal).find();
    }

    /** Regions of the normalised text that quote or report abuse, or speak against it. */
    List<int[]> excusedRegions(String s) {
        List<int[]> out = new ArrayList<>();
        if (s.indexOf('"') < 0 && REPORT_OR_COUNTER.stream().noneMatch(s::contains)) {
            return out;
        }
        framedQuotes(s, out);
        for (LazyPattern p : List.of(reporting, counterSpeech)) {
            RuleFinder m = p.finder(s);
            while (m.find()) {
                int start = sentenceStart(s, m.start());
                int end = sentenceEnd(s, m.end());
                end = freshInsult(s, m.end(), end);
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    /** Adds each pair of quotation marks, and what is between them, when the words outside frame the quote. */
    private void framedQuotes(String s, List<int[]> out) {
        List<int[]> quotes = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        int open = -1;
        int last = 0;
        for (int at = s.indexOf('"'); at >= 0; at = s.indexOf('"', at + 1)) {
            if (open < 0) {
                outside.append(s, last, at).append(' ');
                open = at;
            } else {
                quotes.add(new int[] {open, at + 1});
                last = at + 1;
                open = -1;
            }
        }
        outside.append(s, open < 0 ? last : open, s.length());
        if (!quotes.isEmpty() && quoteFrame.matcher(outside).find()) {
            out.addAll(quotes);
        }
    }

    /**
     * True when the insult starting at {@code at} is denied ("you're not stupid") or said of the speaker ("I'm such
     * an idiot"): it is not aimed at anyone.
     */
    boolean deniedOrSelf(String s, int at) {
        int clause = Math.max(s.lastIndexOf(" . ", at - 1), s.lastIndexOf(" , ", at - 1));
        String before = s.substring(Math.min(at, Math.max(clause < 0 ? 0 : clause + 3, at - 50)), at);
        return deniedBefore.matcher(before).find() || selfBefore.matcher(before).find();
    }

    /**
     * Where a new insult aimed at the reader starts after reported or countered abuse, or {@code end}: in "don't call
     * me a cow you tight bitch" the objection excuses "cow", not "you tight bitch".
     */
    private int freshInsult(String s, int from, int end) {
        Matcher m = VOCATIVE.matcher(s).region(from, end);
        while (m.find()) {
            for (String w : m.group(1).trim().split(" ")) {
                Lexicon.Profanity insult = lexicon.profanity(w);
                if (insult != null && (insult.strong() || insult.directedOnly()) && !PhraseRules.INTENSIFIERS.contains(w)
                        || lexicon.slur(w) != null) {
                    return m.start();
                }
            }
        }
        return end;
    }

    static int sentenceStart(String s, int at) {
        int dot = s.lastIndexOf(" . ", at);
        return dot < 0 ? 0 : dot + 3;
    }

    private static int sentenceEnd(String s, int at) {
        int dot = s.indexOf(" . ", at);
        return dot < 0 ? s.length() : dot;
    }

    static boolean sameSentence(String s, int a, int b) {
        return sentenceStart(s, a) == sentenceStart(s, b);
    }

    private static List<int[]> regions(LazyPattern p, String s) {
        List<int[]> out = new ArrayList<>();
        RuleFinder m = p.finder(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    static boolean inside(List<int[]> regions, int at) {
        for (int[] r : regions) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** A negation that affirms: "don't think I won't come round and smash your head in". */
    private static final Pattern DOUBLE_NEGATION = FirstChars.guarded("\\b(?:don't|dont|do not) (?:you )?(?:think|believe"
            + "|imagine|doubt)(?: for a (?:second|minute))? (?:that )?(?:i|we) (?:won't|wont|will not|wouldn't|can't|cant)\\b");

    /**
     * True when a negation in the clause before {@code at} governs what follows ("I'd never hurt you"); for hate, not
     * when it rejects the people named at {@code at} (see {@link #rejection}); for a threat the sender makes after a
     * condition, not when the negation is the condition's ("if that money isn't back by payday i'm breaking ...").
     */
    boolean negated(String s, int at, Label label) {
        int clause = Math.max(s.lastIndexOf(" . ", at - 1), s.lastIndexOf(" , ", at - 1));
        String before = s.substring(Math.min(at, Math.max(clause < 0 ? 0 : clause + 3, at - 40)), at);
        if (!before.endsWith(" ")) {
            before = before + " ";
        }
        if (label == Label.SELF_HARM) {
            return selfHarmNegation.matcher(before).find();
        }
        if (label == Label.THREAT && SENDER.matcher(s).region(at, s.length()).lookingAt()
                && CONDITION.matcher(before).find()) {
            return false;
        }
        if (label == Label.THREAT && DOUBLE_NEGATION.matcher(before).find()) {
            return false;
        }
        return negation.matcher(before).find() && !(label == Label.HATE && rejection.matcher(before).find());
    }
}

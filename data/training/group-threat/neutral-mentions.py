# Run from the repository root. Writes data/training/group-threat/neutral-mentions.tsv: everyday and positive sentences that name a group,
# written for this project (templates below, groups drawn with seed 20261122, ten per template, and eight members
# of a group for each template about one person).
import random
random.seed(20261122)
groups = ["Muslims", "Jews", "black people", "gay people", "trans people", "disabled people", "immigrants",
          "women", "Sikhs", "Polish people", "Travellers", "Hindus", "lesbians", "asylum seekers", "Romanians",
          "Pakistanis", "Catholics", "Asian people", "refugees", "deaf people"]
templates = [
 ("neutral-neighbours", "We live next door to some {g}, lovely family."),
 ("neutral-neighbours", "There are a few {g} living on our street now."),
 ("neutral-neighbours", "The house over the road was bought by some {g} last month."),
 ("neutral-neighbours", "Our new neighbours are {g}, they brought round a cake."),
 ("neutral-neighbours", "Lots of {g} live round here, always have."),
 ("neutral-work", "Half the team at work are {g}."),
 ("neutral-work", "I work with some {g}, they're a good laugh."),
 ("neutral-work", "We're hiring and a couple of the applicants are {g}."),
 ("neutral-work", "My manager is one of the {g} from the Leeds office."),
 ("neutral-school", "My son's class has a few {g} in it."),
 ("neutral-school", "The school's running an assembly about {g} next week."),
 ("neutral-fact", "There are {g} in every city in the country."),
 ("neutral-fact", "I read an article about {g} in Britain today."),
 ("neutral-fact", "The census has new figures on {g} out this week."),
 ("neutral-fact", "The documentary about {g} is on BBC Two at nine."),
 ("neutral-fact", "I'm doing my dissertation on how {g} are shown in the papers."),
 ("neutral-social", "I met some {g} at the pub on Saturday."),
 ("neutral-social", "We had some {g} round for dinner last night."),
 ("neutral-social", "A group of {g} sat near us at the match."),
 ("neutral-social", "I'm going to see some {g} from uni this weekend."),
 ("neutral-social", "Went to a wedding with loads of {g} there, brilliant do."),
 ("neutral-social", "The {g} at the community centre are putting on a quiz night."),
 ("positive", "I really like {g}."),
 ("positive", "{g} are welcome here, full stop."),
 ("positive", "Some of my best mates are {g}."),
 ("positive", "{g} deserve the same respect as everyone else."),
 ("positive", "So proud of the {g} who organised the food bank."),
 ("positive", "Honestly {g} have been so kind to my mum."),
 ("positive", "We should be doing more to support {g}."),
 ("positive", "I'm going to help some {g} move house on Saturday."),
 ("positive", "We're going to visit the {g} at the centre on Sunday, bringing biscuits."),
 ("positive", "I'll find the {g} group on Facebook and send you the link."),
 ("neutral-question", "Are there many {g} in your area?"),
 ("neutral-question", "Do you know any {g}?"),
 ("neutral-question", "Where do most {g} in the city go to worship or meet up?"),
 ("neutral-question", "How many {g} work at your place?"),
 ("neutral-plain", "Some {g}."),
 ("neutral-plain", "I know some {g}."),
 ("neutral-plain", "I saw some {g} today."),
 ("neutral-plain", "There were {g} at the meeting."),
 ("neutral-plain", "My cousin married one of the {g} from church."),
 ("neutral-plain", "I'm one of the {g} in this town, ask me anything."),
 ("neutral-places", "Is the shop run by the {g} on the corner open on Sundays?"),
 ("neutral-places", "The {g} at the end of the road have put their Christmas lights up already."),
 ("neutral-places", "Drop the parcel with the {g} at number 12 if I'm out."),
 ("neutral-places", "The {g} from the flats upstairs are having a party tonight, they invited us."),
 ("neutral-plans", "We're meeting the {g} from the charity at 10 on Thursday to plan the fun run."),
 ("neutral-plans", "Booked the minibus for Saturday to take the {g} from the centre to the seaside."),
 ("neutral-plans", "The {g} in my class are coming round later to revise for the exam."),
 ("neutral-plans", "Counting down the days till the trip with the {g} from work."),
 ("neutral-plans", "Tonight's the night the {g} from the choir finally do their big concert!"),
 ("neutral-news", "A report out today says {g} still face discrimination at work."),
 ("neutral-news", "Council meeting tonight about housing for {g} in the borough."),
 ("neutral-news", "Radio 4 had a good piece on the history of {g} in the north."),
 ("neutral-news", "The new survey shows most {g} feel safe in this city."),
 ("neutral-support", "If anyone gives the {g} on our estate grief, call the police and tell me."),
 ("neutral-support", "Nobody is going to hurt the {g} here, we look after each other."),
 ("neutral-support", "The {g} who ran the open day were so welcoming."),
 ("neutral-support", "Signed the petition to get better services for {g}."),
 ("neutral-food", "The {g} at the market do the best street food in town."),
 ("neutral-food", "Our neighbours, who are {g}, sent round a plate of food for the kids."),
 ("neutral-sport", "The {g} on our five-a-side team carried us again last night."),
 ("neutral-sport", "Our quiz team is mostly {g} and we smashed it on Tuesday."),
 ("positive-deserve", "{g} deserve to feel safe in their own homes."),
 ("positive-deserve", "{g} deserve better than this from the council."),
 ("positive-deserve", "{g} deserve a medal for putting up with the buses round here."),
 ("positive-deserve", "{g} deserve the same chances as anyone else at work."),
 ("positive-deserve", "{g} should be able to walk home at night without being hassled."),
 ("neutral-who-run", "The {g} who run the corner shop do the best samosas in town."),
 ("neutral-who-run", "The {g} who run the youth club are doing an amazing job with the kids."),
 ("neutral-who-run", "The {g} who run the cafe on the high street made my whole day."),
 ("hostile-no-threat", "Honestly {g} do my head in sometimes."),
 ("hostile-no-threat", "Sick of hearing about {g} on the news every single day."),
 ("hostile-no-threat", "I don't trust {g}, never have."),
 ("hostile-no-threat", "Why do {g} always have to make everything about themselves?"),
 ("hostile-no-threat", "Not being funny but {g} need to stop moaning and get on with it."),
 ("hostile-no-threat", "I'd rather not work with {g} if I'm honest."),
 ("hostile-no-threat", "Too many {g} round here now, it's not what it was."),
 ("hostile-no-threat", "Can't stand {g}, they get on my wick."),
]
other = [
 ("lookalike-animals", "0", "The vet says the old dog is suffering, we should put him to sleep."),
 ("lookalike-animals", "0", "The rabbits are really poorly, we might have to have them put down."),
 ("lookalike-animals", "0", "The chickens all got killed by a fox last night, gutted."),
 ("lookalike-colour", "0", "I'm outside in the white van, hazards on."),
 ("lookalike-colour", "0", "Parked up across the street, silver astra, come down when ready."),
 ("lookalike-colour", "0", "Look for the black cab outside the station, he'll take you to ours."),
 ("lookalike-colour", "0", "I'm the one in the black coat by the door."),
 ("lookalike-colour", "0", "I'll be waiting outside in the black golf."),
 ("lookalike-sport", "0", "England got slaughtered by the Aussies again."),
 ("lookalike-sport", "0", "We're going to destroy the Welsh lads on Saturday, come on England."),
 ("lookalike-sport", "0", "The Irish absolutely battered us in the second half."),
 ("lookalike-sport", "0", "The All Blacks are going to murder us in the final."),
 ("lookalike-work", "0", "We won't stop until every landlord in the borough is properly licensed."),
 ("lookalike-work", "0", "We're coming for the bankers' bonuses at the next election."),
]
# one member of a group: "Our Sikh neighbour ..."
members = ["Muslim", "Jewish", "black", "gay", "trans", "disabled", "Polish", "Sikh", "Hindu", "Romanian",
           "Pakistani", "Asian", "deaf", "autistic", "lesbian", "Irish Traveller"]
member_templates = [
 ("neutral-member", "Our {m} neighbour has just got a new puppy, it's adorable."),
 ("neutral-member", "The {m} lad who lives over the road passed his driving test today."),
 ("neutral-member", "The {m} woman at number 9 just had a baby girl."),
 ("neutral-member", "My {m} mate from work is coming to the wedding."),
 ("neutral-member", "A {m} family have moved in next door, they seem lovely."),
 ("identity-self", "I'm {m} and I get asked about it all the time at work."),
 ("identity-self", "As a {m} woman I've got a lot to say about this."),
 ("identity-self", "I'm {m} myself so I know what the area's like."),
]
rows = []
for kind, t in templates:
    for g in random.sample(groups, 10):
        s = t.format(g=g)
        rows.append((kind, "0", s[0].upper() + s[1:]))
for kind, t in member_templates:
    for m in random.sample(members, 8):
        rows.append((kind, "0", t.format(m=m)))
rows += other
with open("data/training/group-threat/neutral-mentions.tsv", "w", encoding="utf-8") as f:
    f.write("# kind\tthreat\ttext\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows))

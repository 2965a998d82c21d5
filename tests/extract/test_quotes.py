"""Quotes and attributions: speakers, titles, pronouns, anonymous sources, reported speech."""
import pytest

from factcheck.extract import extract_claims


def quotes(body):
    return [c for c in extract_claims(body) if c.type == "quote"]


def attributions(body):
    return [c for c in extract_claims(body) if c.type == "attribution"]


def what_was_said(body):
    """(content, speaker) of each quote of ``body``."""
    return [(claim.quote.content, claim.speaker) for claim in extract_claims(body) if claim.type == "quote"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ('"We are ready to support customers," said Rajeev Badyal, Kuiper\'s vice president.', "Rajeev Badyal"),
        ('"We are ready to support customers," Dr. Amina Qureshi said.', "Amina Qureshi"),
        ('Dr. Amina Qureshi said, "We are ready to support customers."', "Amina Qureshi"),
        ('Space Force Gen. Michael Guetlein told reporters: "We will move fast on this."', "Michael Guetlein"),
        ('“We are ready to support customers,” said Ms. Lena Park.', "Lena Park"),
        ('"It is a risk we cannot take," a senior defense official said.', "a senior defense official"),
        # an organisation's role, then the person holding it in apposition
        ('"It is in line with our model," said Éirway\'s finance director, Colm Devereux.', "Colm Devereux"),
        ('"It pays well," said Roamly\'s head of driver operations, Kevin Prasad.', "Kevin Prasad"),
        ('"We have located two," said the agency\'s director of marine response, Kirra Dawson.', "Kirra Dawson"),
        ('"It will not come back," said Alliance director Tomás Everly.', "Tomás Everly"),  # a letter with an accent
        # someone just named, then told of by a stage of life
        ('Grandmother Marit Hovland, 67, was pouring coffee when the ferry hit. "There was a bang like a bomb," '
         'the pensioner told Dagens Puls.', "Marit Hovland"),
        # a place of words with small links, a role held there, then the name
        ('"Where did all that money go?" fumed Dar es Salaam city councillor Juma Kibwana, who wants an inquiry.',
         "Juma Kibwana"),
        ('"We are just making sludge," said plant manager Ing. Yaw Boakye-Ansah.', "Yaw Boakye-Ansah"),  # "Ing."
        ('"Parents broke the law too," said Comr. Dwi Prasetyo.', "Dwi Prasetyo"),  # a police rank
    ],
)
def test_direct_quote_speaker(body, speaker):
    found = quotes(body)
    assert len(found) == 1
    assert found[0].speaker == speaker
    assert found[0].quote.direct is True


def test_pronoun_resolves_to_last_named_speaker():
    body = ('Elon Musk spoke on Monday. Musk told Reuters in an interview, "I have never bid on that '
            'contract." He added, "SpaceX wants to go to Mars."')
    found = quotes(body)
    assert [q.speaker for q in found] == ["Elon Musk", "Elon Musk"]
    assert all(q.speaker_kind == "person" for q in found)


def test_quote_split_across_sentences_keeps_speaker():
    body = '"We built this network to be cheap," said Ivan Petrov. "If one fails, the rest keep working."'
    found = quotes(body)
    assert [q.speaker for q in found] == ["Ivan Petrov", "Ivan Petrov"]


def test_multi_sentence_quote_is_one_claim():
    body = 'Petrov said, "We are ready. We have the satellites. We have the money."'
    found = quotes(body)
    assert len(found) == 1 and found[0].quote.content.startswith("We are ready.")


def test_reported_speech_is_an_indirect_quote():
    body = "L3Harris said interest in missile warning and tracking technology has surged."
    found = quotes(body)
    assert len(found) == 1
    assert found[0].quote.direct is False and found[0].speaker == "L3Harris"
    assert found[0].quote.content == "interest in missile warning and tracking technology has surged"


def test_reported_speech_with_perfect_tense():
    found = quotes("Musk has said he never tried to bid on the project.")
    assert found and found[0].speaker == "Musk" and found[0].quote.direct is False


def test_unbalanced_quote_does_not_break_extraction():
    body = 'The mayor said "we will never raise fares again and then left the room.'
    for claim in extract_claims(body):
        assert body[claim.start:claim.end] == claim.text


@pytest.mark.parametrize(
    "body, source, kind",
    [
        ("The talks are advanced, according to Reuters.", "Reuters", "second_hand"),
        ("Officials had looked for alternatives, sources said.", "sources", "anonymous"),
        ("The Pentagon is talking with newer firms, people familiar with the matter said.",
         "people familiar with the matter", "anonymous"),
        ("Spending rose to $1.3 billion, according to budget documents reviewed by Capitol Wire.",
         "budget documents", "document"),
        ("The shield will cost $175 billion, the White House said.", "White House", "organization"),
        ("The company has placed 102 satellites in orbit, the company said on Tuesday.", "the company",
         "organization"),
        ("Output fell sharply in May, Bloomberg reported, citing sources.", "Bloomberg", "second_hand"),
        ("More than 200 people testified, most of them in favour.", "people", "anonymous"),  # "than" a number's
        # a figure credited by a participle right after it
        ("The torrent, estimated by cantonal geologists at 500,000 cubic metres, swept down the stream.",
         "cantonal geologists", "anonymous"),
        ("It lags the provincial average of about 88 per cent estimated by the Ontario Urban Transit Forum.",
         "Ontario Urban Transit Forum", "organization"),
    ],
)
def test_attributions(body, source, kind):
    found = attributions(body)
    assert any(a.speaker == source and a.speaker_kind == kind for a in found), \
        [(a.speaker, a.speaker_kind) for a in found]


def test_checkworthiness_ranks_anonymous_figures_above_vague_statements():
    vague = attributions("The meeting went well, officials said Thursday.")[0]
    specific = attributions("The program will cost $412 million, people familiar with the matter said.")[0]
    assert specific.checkworthiness > vague.checkworthiness


def test_a_quote_over_before_a_joined_verb_leaves_what_follows_reported_speech():
    body = ('Councillor Andrés Felipe Rojas called the plan "an austerity budget dressed up as prudence" and said up '
            'to 120 contract workers could lose their jobs.')
    assert what_was_said(body) == [("an austerity budget dressed up as prudence", "Andrés Felipe Rojas"),
                                   ("up to 120 contract workers could lose their jobs", "Andrés Felipe Rojas")]


def test_a_title_in_quotes_is_not_a_quote():
    assert quotes('Burton says his favorite book is "One Hundred Years of Solitude".') == [] or all(
        q.quote.direct is False for q in quotes('Burton says his favorite book is "One Hundred Years of Solitude".'))


@pytest.mark.parametrize(
    "body, content, speaker",
    [
        # an account told before its source, who closes the sentence
        ("Crews from across the county fought the blaze for about nine hours, Fire Chief Ramon Estes said.",
         "Crews from across the county fought the blaze for about nine hours", "Ramon Estes"),
        ("The government will restrict electricity exports if reservoir levels fall below 45 per cent, Energy "
         "Minister Kari Lunde announced on Thursday.",
         "The government will restrict electricity exports if reservoir levels fall below 45 per cent", "Kari Lunde"),
        ("The hail took barely eight minutes to pass over Dunmore, said Lyle Dorsey, a volunteer storm spotter.",
         "The hail took barely eight minutes to pass over Dunmore", "Lyle Dorsey"),
        # a speaker in apposition before the verb
        ("Dr. Yolanda Serrano, a neonatologist at Westbrook Children's Hospital, said Cronobacter infections "
         "are rare.", "Cronobacter infections are rare", "Yolanda Serrano"),
        ("Haifeng Deep Wind Power, a joint venture between Danish-backed Nordvind Offshore and Taiwanese conglomerate "
         "Chen Hsin Group, said the fault was 17 km from shore.", "the fault was 17 km from shore",
         "Haifeng Deep Wind Power"),  # however long the apposition
        # a speaker described by a clause of its own
        ("The man who owns the shop said it was closed.", "it was closed", "the man"),
        ("A county emergency official who was not authorized to speak publicly said the district had held "
         "its grant money.", "the district had held its grant money", "a county emergency official"),
        # a speaker after a joining word, and a name in apposition after its role
        ("The store closed, and a company spokesman said no corporate jobs would be affected.",
         "no corporate jobs would be affected", "a company spokesman"),
        ("Residents should not expect to return for a week, the city's public works director, Sandra "
         "Vukovich, said.", "Residents should not expect to return for a week", "Sandra Vukovich"),
        ("Fourteen buildings were destroyed, the district's emergency coordinator, Simone Ashcroft, said in a "
         "briefing.", "Fourteen buildings were destroyed", "Simone Ashcroft"),
        ("Dr. Hendra Gunawan, rector of Universitas Brawijaya Timur, said his campus had identified 23 students.",
         "his campus had identified 23 students", "Hendra Gunawan"),  # a title before a described name
        ("Pelangi Air, which operates 140 flights a day, mostly in eastern Indonesia, said it would cancel 90 flights.",
         "it would cancel 90 flights", "Pelangi Air"),  # a relative clause closed by an aside
        ("The Department of Social Welfare and Development (DSWD) said it had released P10,000 each to 587 vendors.",
         "it had released P10,000 each to 587 vendors", "Department of Social Welfare and Development"),  # initials
        ("The dam is not in danger, the authority's chief dispatcher, Radek Šimůnek, told reporters.",
         "The dam is not in danger", "Radek Šimůnek"),  # a role of any doer's word
        # a source described at length by what it knows
        ("A person familiar with the association's talks with customs officers said importers were seeking a "
         "waiver.", "importers were seeking a waiver",
         "a person familiar with the association's talks with customs officers"),
        # a role with modifiers in apposition, no article before it
        ("Khalid Amzil, regional secretary of the workers' union, said the union would ask exporters to "
         "compensate workers.", "the union would ask exporters to compensate workers", "Khalid Amzil"),
        # where it was said
        ("Rainfall was 58 per cent below the long-term average, the Kenya Meteorological Department said in a "
         "separate bulletin.", "Rainfall was 58 per cent below the long-term average",
         "Kenya Meteorological Department"),
        ("Farmers expect yields of 14 bags per acre, said Daniel Sang, chairman of the farmers' association.",
         "Farmers expect yields of 14 bags per acre", "Daniel Sang"),
        ("A working treatment would be life-changing, said Janet Ostrowski, executive director of the Prairie "
         "ALS Network.", "A working treatment would be life-changing", "Janet Ostrowski"),  # a role in two words
        ("The rest will come from 12 companies, Minister for Research Aoife Brennan said at the launch on Monday.",
         "The rest will come from 12 companies", "Aoife Brennan"),  # where it was said
        # verbs of estimating and confirming, a role with what it heads, and two sources (the first named)
        ("Insured losses are likely to be below US$20 million, modeller Kestrel Risk Analytics estimated on "
         "Friday.", "Insured losses are likely to be below US$20 million", "Kestrel Risk Analytics"),
        ("Six posts are vacant, the head of the anaesthesia department, Dr. Ewa Jankowska, confirmed.",
         "Six posts are vacant", "Ewa Jankowska"),
        ("About 186,000 cookers are being recalled, the company and the national consumer authority said.",
         "About 186,000 cookers are being recalled", "the company"),
        # what a speaker asked of others
        ('"Sign the ticket today," said lottery director Gordon Pruitt. He urged the winner to consult a '
         'lawyer.', "the winner to consult a lawyer", "Gordon Pruitt"),
        # a spokesperson or a group for an organisation, and a name in the possessive
        ("Anyone who was targeted should contact their bank, a spokesman for the centre said.",
         "Anyone who was targeted should contact their bank", "a spokesman for the centre"),
        ("Volunteers worked in shifts; paramedics at the scene said hypothermia was the main risk.",
         "hypothermia was the main risk", "paramedics at the scene"),
        ("Britain's national fraud reporting centre said victims lost £650 million.",
         "victims lost £650 million", "Britain's national fraud reporting centre"),
        # a closed relative clause between the speaker and the verb; a cue set off by commas
        ("Trustee Martin Kessler, who voted no, said the district was spending money on pouches.",
         "the district was spending money on pouches", "Martin Kessler"),
        ('"We counted every nest," said Bev Kowalczyk. Over the past decade, she said, nest counts on the island '
         'have risen by about 23%.', "nest counts on the island have risen by about 23%", "Bev Kowalczyk"),
        # a speaker described by a clause whose verb is a reporting verb too
        ("A company executive who asked not to be named said the line had doubled its cleaning.",
         "the line had doubled its cleaning", "a company executive"),
        # a speaker opening a clause joined late in a long sentence, or after a semicolon
        ("The chain operates 40 stores, including its headquarters on Canal Street in downtown Harlow, and a "
         "company spokesman said no corporate jobs would be affected.", "no corporate jobs would be affected",
         "a company spokesman"),
        ("The company flew 18 missions from the site this year; a spokesperson said Thursday it would not "
         "speculate on a restart.", "it would not speculate on a restart", "a spokesperson"),
        # an opening phrase of place before the speaker
        ("At St. Brigid Medical Center, emergency physician Dr. Hannah Osei said she treated a dozen children.",
         "she treated a dozen children", "Hannah Osei"),
        # a few words quoted inside reported speech; a statement named before what was said
        ('Company spokesman Glen Arroway said in a statement that the firm was "cooperating fully" with '
         'investigators.', 'the firm was "cooperating fully" with investigators', "Glen Arroway"),
        # the subject going on to say something
        ("Finance Minister Orla Brennock defended the plan in parliament, saying the government had to weigh "
         "the cost.", "the government had to weigh the cost", "Orla Brennock"),
        # ... after the day it did it
        ("On Friday Dalbit raised its compensation pool to 52 billion won, saying claims had passed 1.4 million.",
         "claims had passed 1.4 million", "Dalbit"),
        ("Conservation groups in Mombasa welcomed the conviction, saying ports would no longer be an easy route.",
         "ports would no longer be an easy route", "Conservation groups in Mombasa"),  # a group of a place
        # ... after a role, or named in apposition to one
        ("Chief officer Daniel Koech denied the crews were late, saying the first engine arrived in 25 minutes.",
         "the first engine arrived in 25 minutes", "Daniel Koech"),
        ("The county's chief officer for disaster management, Daniel Koech, denied the crews were late, saying the "
         "first engine arrived in 25 minutes.", "the first engine arrived in 25 minutes", "Daniel Koech"),
        ("The local MP, Daniel Osei, has written to the minister, arguing that the council's budget is only £31 "
         "million.", "the council's budget is only £31 million", "Daniel Osei"),
        ("The county's chief officer for disaster management, Daniel Koech, said the first engine arrived in 25 "
         "minutes.", "the first engine arrived in 25 minutes", "Daniel Koech"),
        # a person of an organisation named in lower case, a member of parliament in apposition
        ("Hydrologist Dr. Elena Marsh of the state university said binary plants reinject the brine.",
         "binary plants reinject the brine", "Elena Marsh"),
        ("Hollins Moor's MP, Priya Oduya, said the money was welcome.", "the money was welcome", "Priya Oduya"),
        # the speaker closing the sentence after the verb, with a group or a description
        ("Flow had dropped to about 90 cubic feet per second by Monday, making it safer for teams on foot, said "
         "hydrologist Renata Solis of the state geological survey.", "Flow had dropped to about 90 cubic feet per "
         "second by Monday, making it safer for teams on foot", "Renata Solis"),
        ("A team of six curators spent 18 months on the provenance of each item, said Priya Lindqvist, who led the "
         "project.", "A team of six curators spent 18 months on the provenance of each item", "Priya Lindqvist"),
        # a surname that opens with a particle; "claims" before a modal is a noun, no verb of saying
        ("Home policies generally exclude quake damage, though business-interruption claims can arise at the margins, "
         "said Maarten de Groot, head of property at broker Noordhaven.", "Home policies generally exclude quake "
         "damage, though business-interruption claims can arise at the margins", "Maarten de Groot"),
        ("Policies exclude quake damage in most cases, said Ludwig van der Berg.",
         "Policies exclude quake damage in most cases", "Ludwig van der Berg"),
        # a role with its place and its body before the name
        ("Five people were arrested at the units, said Kolvanur superintendent of police Meera Hosmani.",
         "Five people were arrested at the units", "Meera Hosmani"),
        # a source named after a short description of it, the cue closing the sentence; "said on Monday" names no one
        ("Six guests fell ill after the meal, the groom, Mohamed Ait Brahim, said on Monday.",
         "Six guests fell ill after the meal", "Mohamed Ait Brahim"),
        ("The film earned ₹46.2 crore on its opening day, the makers, Meghdoot Pictures, told FilmiBuzz.",
         "The film earned ₹46.2 crore on its opening day", "Meghdoot Pictures"),
        # a subject described at length, by a role, by where the person is from, or by an organisation's kind
        ("Ana Ruiz, who owns the Cinder & Salt cafe on Fourth Avenue across from the Majestic Theatre, said weekend "
         "sales were up about 40 percent.", "weekend sales were up about 40 percent", "Ana Ruiz"),
        ("Gareth Pryce, chairman of the local police staff association, said the money was welcome.",
         "the money was welcome", "Gareth Pryce"),
        ("Detective Superintendent Harriet Coyle, of Merseyside's organised crime unit, said purity had risen.",
         "purity had risen", "Harriet Coyle"),
        ("A spokeswoman for Voltra, Britain's largest rental operator, said serious injuries were rare.",
         "serious injuries were rare", "A spokeswoman for Voltra"),
        # "an estimated" is no speech verb: the speaker comes after
        ("The authority has been losing an estimated $11m a day in tolls, its chairman, Adm. Farid Nasser, told "
         "local television.", "The authority has been losing an estimated $11m a day in tolls", "Farid Nasser"),
        # a clause of time opening the sentence has no speaker of what follows
        ("Days after Morocco announced a longer ban, 9,600 fishermen have registered for the allowance, the fisheries "
         "ministry told Radio Atlas.", "Days after Morocco announced a longer ban, 9,600 fishermen have registered "
         "for the allowance", "the fisheries ministry"),
        # where a named organisation is, closing the subject, is no speaker
        ("Independent neurologist Dr. Martin Gauthier of the Laurentian Neuromuscular Clinic in Montreal said "
         "respiratory function and survival would matter more than the rating scale.",
         "respiratory function and survival would matter more than the rating scale", "Martin Gauthier"),
        # whom the words were told, closing the sentence, is no speaker
        ("The rest period will now last 75 days, Karima Bennani, the secretary of state for maritime fisheries, "
         "told reporters in Rabat.", "The rest period will now last 75 days", "Karima Bennani"),
        ("Margaret Doyle, 84, waited in an ambulance for five hours, her son, Peter Doyle, told the Bugle.",
         "Margaret Doyle, 84, waited in an ambulance for five hours", "Peter Doyle"),
        # where the words were given, before what was said
        ("The minister said on the radio that fines would rise.", "fines would rise", "the minister"),
        # a clause after a name that says what the named person said
        ("The defendant was represented by Senior Advocate K.R. Venkatesh, who argued that the colour saffron "
         "was common to the trade.", "the colour saffron was common to the trade", "K.R. Venkatesh"),
        ("The company reiterated that its contracts complied with the law.", "its contracts complied with the law",
         "the company"),
        # a role of titles only is no name; a title, its body, then the name, closing the sentence
        ("The Chief Minister said the aid would be paid.", "the aid would be paid", "Chief Minister"),
        ("The group was 2 km below the pass, said Deputy Superintendent of Police Bikash Gurung in Chame, the "
         "district headquarters.", "The group was 2 km below the pass", "Bikash Gurung"),
        # a participle after a verb of state is no speech: the source before it speaks for the whole
        ("The clinic said 19 people were treated, three of whom remained admitted.",
         "19 people were treated, three of whom remained admitted", "the clinic"),
        # a name at a body named by its place and kind, no "the" before it
        ("Officer-in-charge Md. Jahangir Alam of Daulatpur police station said officers had fired rubber bullets.",
         "officers had fired rubber bullets", "Jahangir Alam"),
        # an estimate of a noun, in the noun's own clause
        ("The club gave pass holders a 20% discount, which Halmágyi estimated would cost a further HUF 300 million.",
         "would cost a further HUF 300 million", "Halmágyi"),
        # a name described, then told of in a relative clause, before its verb
        ("Lundøy Laks, the island's salmon farm, which ships around 60 tonnes of fish a week, said it would truck "
         "its harvest via Storsund.", "it would truck its harvest via Storsund", "Lundøy Laks"),
        # a speaker opening a clause of time or cause far into the sentence
        ("City council will ask for a full accounting of the championships after Coun. Brenda Oyelaran said Monday "
         "the shortfall could reach $1.1 million.", "the shortfall could reach $1.1 million", "Brenda Oyelaran"),
        # a source saying something in a clause opened by "with", up to another source's clause
        ("The line reopened on Monday, with engineers warning that other cuttings could fail in future storms.",
         "other cuttings could fail in future storms", "engineers"),
        ("The plan has split the village, with boat owners warning that the cap could halve their income while "
         "the council defends it.", "the cap could halve their income", "boat owners"),
        ("Crowds were bigger than last year, with organisers saying 58,000 spectators attended.",
         "58,000 spectators attended", "organisers"),
    ],
)
def test_reported_speech_and_its_speaker(body, content, speaker):
    found = [q for q in quotes(body) if q.quote.direct is False]
    assert [(q.quote.content, q.speaker) for q in found] == [(content, speaker)]


@pytest.mark.parametrize("body, speaker", [
    ("Consumer group Citizens Power Watch questioned the count, saying its own casework suggests a higher figure.",
     "Citizens Power Watch"),  # a kind of group before the name
    ("The HSE's national clinical lead for diabetes, Dr. Ciarán Mulvey, said patients should not stop using "
     "their pumps.", "Ciarán Mulvey"),  # a titled name in apposition after a long description
    ("Orla Tierney of the charity Type 1 Together said many parents were frightened.", "Orla Tierney"),
    ("Nadia Rahim of the university's law faculty said banks were slow to act.", "Nadia Rahim"),
    ("Nomvula Dlamini, 34, a teacher who joined the trial in 2021, said nurses visited her every six months.",
     "Nomvula Dlamini"),  # an age set off by commas
    ("Halvorsen Foods, which runs plants in Oslo, Bergen and Trondheim, said it would cut 200 jobs.",
     "Halvorsen Foods"),  # a list of names inside the relative clause
    ("Inspector Maarten de Vries of the national art crimes unit told Northland Public Radio that the canvas had "
     "suffered only minor damage.", "Maarten de Vries"),  # a body named in lower case, a link word in the name
    ("Its author, hydrogeologist Dr. Tomás Araya of the Universidad del Norte Grande, said the regulator's "
     "inspectors had relied on the company's own meters.", "Tomás Araya"),  # a role and a name after a noun
    ("A resident of Unguwar Rimi ward, Malam Sani Abdullahi, told our correspondent that four members of a single "
     "family had died.", "Malam Sani Abdullahi"),  # a name after one unnamed person
    ("The statutory manager appointed by the authority, accountant Brenda Nalwoga, said she expected to publish a "
     "list of claims.", "Brenda Nalwoga"),  # a role and a name after a long description
    ("The Bishop of Fenmarch, the Rt Rev. Alan Sutcliffe, said the diocese would contribute £50,000.",
     "Alan Sutcliffe"),  # a clergyman's honorific with its article
    ("The dean, the Very Rev. Catherine Marlowe, said the nave would stay closed for at least 18 months.",
     "Catherine Marlowe"),
    ("Community leader Rosa Mamani Cruz of San Bartolo de Quilpa, a village of some 300 residents about 20 km from "
     "the salt flat, said families had watched springs dry up.", "Rosa Mamani Cruz"),  # a long name, its place told
    ("Most of the losses are insured, said Khalid al-Rawahi, chief executive of Muscat broker Jazeera Risk "
     "Partners.", "Khalid al-Rawahi"),  # a surname with its article
    ("Residents of Igarapé-Tuiuca, a town of about 18,000 people, say the yard employed around 150 workers.",
     "residents of Igarapé-Tuiuca"),  # people of a place described by what the place is
    ("Residents of Paso del Cerro, the village closest to the wind farm, said they heard a loud crack.",
     "residents of Paso del Cerro"),
    ("The Mining Damage Institute, which handles compensation claims, said it had received 640 damage reports.",
     "Mining Damage Institute"),  # a noun like a verb of saying inside the relative clause ("claims")
    # a person after a role, described once or twice
    ("Council member Luis Varga, the lone no vote, said the rules hit older neighborhoods hardest.", "Luis Varga"),
    ("Hiroshi Tanabe, sales director at Alpine Route Japan Tours, a Tokyo-based inbound operator, said the increase "
     "was manageable.", "Hiroshi Tanabe"),
    ("Former Swift Rapids Sabres defenceman Kyle Mbeki, 41, said he would apply for compensation.", "Kyle Mbeki"),
    ("At the camp in Wewagama, paddy farmer Ranjith Bandara, who tested positive, said he had stopped drinking well "
     "water.", "Ranjith Bandara"),
    ("Yoko Hanazawa, who chairs the Sakuragi Onsen Ryokan Association and runs a 22-room ryokan founded by her "
     "great-grandfather, said the top rate would push guests away.", "Yoko Hanazawa"),
])
def test_the_speaker_of_reported_speech_behind_a_description(body, speaker):
    assert [q.speaker for q in quotes(body) if q.quote.direct is False] == [speaker]


@pytest.mark.parametrize("body, content", [
    ("The company told staff on Monday that 14 stores would close.", "14 stores would close"),
    ("Chief executive Katrin Vollmer told analysts the cuts were painful.", "the cuts were painful"),
    ("Gretha Lindqvist told NordSea by phone that meals were now being delivered to cabins.",
     "meals were now being delivered to cabins"),
    ("Farmers told our reporter that 12,000 acres of rice were wiped out.", "12,000 acres of rice were wiped out"),
])
def test_whom_words_were_told_is_not_what_was_said(body, content):
    assert [q.quote.content for q in quotes(body) if q.quote.direct is False] == [content]


@pytest.mark.parametrize("body, content, speaker", [
    ("The plan covers 4,300 trees, but the mayor said more would be marked as testing continued.",
     "more would be marked as testing continued", "the mayor"),
    ("The board approved 2,140 layoffs in March, and a union spokesman said talks would resume.",
     "talks would resume", "a union spokesman"),  # (a longer sentence: read so before)
])
def test_a_speaker_in_a_clause_joined_after_a_figure(body, content, speaker):
    # the figures before the joined clause lengthen the sentence, not the speaker's phrase
    assert what_was_said(body) == [(content, speaker)]


@pytest.mark.parametrize("body, content, speaker", [
    ("Local officials put the number of houses swept away at 84 and said another 60 were damaged.",
     "another 60 were damaged", "local officials"),
    ("IMARPE put the anchoveta biomass at about 6 million tonnes, and said juveniles made up 28 per cent of the "
     "fish.", "juveniles made up 28 per cent of the fish", "IMARPE"),
])
def test_a_verb_of_saying_shares_the_subject_of_a_first_act_in_an_irregular_past(body, content, speaker):
    assert what_was_said(body) == [(content, speaker)]


def test_a_body_named_by_common_nouns_and_then_which_said():
    found = what_was_said("At least 14 people died, according to the national disaster council, which said it was "
                          "still validating reports of further deaths.")
    assert found == [("it was still validating reports of further deaths", "the national disaster council")]


def test_a_closing_pronoun_cue_followed_by_what_the_figure_leaves_out():
    found = what_was_said("Chief financial officer Martin Eide put the loss at NOK 38 million. The loss is covered "
                          "by insurance, he said, minus a deductible of NOK 2.5 million.")
    assert ("The loss is covered by insurance", "Martin Eide") in found


def test_a_closing_pronoun_cue_may_be_followed_by_a_clause_of_circumstance():
    found = quotes("Dr. Mia Cole said the tests were fine. About 1,100 women had been retested by Friday, she said, "
                   "after the fault was first found.")
    assert [(q.quote.content, q.speaker) for q in found if q.quote.direct is False][1:] == \
        [("About 1,100 women had been retested by Friday", "Mia Cole")]


@pytest.mark.parametrize("body, said", [
    ("The Kawatsuki Hunting Club says it has 22 members, though club chairman Masao Endo said only 10 or so are fit "
     "enough to track bears.", [("it has 22 members", "Kawatsuki Hunting Club"),
                                ("only 10 or so are fit enough to track bears", "Masao Endo")]),
    ("The club has 22 members, though club chairman Masao Endo said only 10 or so are fit enough to track bears.",
     [("only 10 or so are fit enough to track bears", "Masao Endo")]),
    ("The ministry says 114 suspects have been arrested, and Dr. Anna Shikongo, a rhino ecologist with the Kunene "
     "Rhino Trust, said the horn seized represented perhaps 25 animals.",
     [("114 suspects have been arrested", "the ministry"),
      ("the horn seized represented perhaps 25 animals", "Anna Shikongo")]),
    ("Supporters said the increase was needed to cover rising costs, and opponents said the city should have cut "
     "spending first.", [("the increase was needed to cover rising costs", "supporters"),
                         ("the city should have cut spending first", "opponents")]),
    # an estimate is no speaker; the plural noun before its verb is no verb ("Early estimates put")
    ("Early estimates put the cost of repairs at £6.8m, and officials said the crossing could be shut for up to 18 "
     "months.", [("the crossing could be shut for up to 18 months", "officials")]),
    # a pronoun after "although" is the first clause's subject again; "these estimates" are no verb
    ("Forecasters expect a cool change late on Wednesday, although they warned the wind could push the fire east.",
     [("a cool change late on Wednesday, although they warned the wind could push the fire east", "forecasters")]),
    ("Payrolls fell by 41,000 in September compared with the month before, although these estimates are often "
     "revised.", []),
    # after a first cue that closed what came before it, a clause with its own speaker
    ("Takanami Denki overstated its operating profit by ¥41.3 billion over five years, an independent panel said on "
     "Tuesday, and chief executive Hiroshi Tanabe said he would resign to take responsibility.",
     [("Takanami Denki overstated its operating profit by ¥41.3 billion over five years", "an independent panel"),
      ("he would resign to take responsibility", "Hiroshi Tanabe")]),
    ("The strongest gust was measured at 59 km/h at the weather station, the meteorological service said, although "
     "forecasters said gusts at the festival site were likely to have been stronger.",
     [("The strongest gust was measured at 59 km/h at the weather station", "the meteorological service"),
      ("gusts at the festival site were likely to have been stronger", "forecasters")]),
    # one unnamed source in the clause after the first cue
    ("The university said all current students will be able to complete their courses, but a spokesperson "
     "declined to say whether the subjects would take new students.",
     [("all current students will be able to complete their courses", "the university")]),
    ("Temperatures dropped to minus 9 degrees on the night of the jam, the weather agency said, and forecasters "
     "expect another cold spell next week.",
     [("Temperatures dropped to minus 9 degrees on the night of the jam", "the weather agency"),
      ("another cold spell next week", "forecasters")]),
])
def test_a_second_speaker_s_clause_is_that_speaker_s(body, said):
    found = [(q.quote.content, q.speaker) for q in quotes(body) if q.quote.direct is False]
    assert found == said


def test_a_role_a_place_owns_is_the_one_person_the_article_gives_it():
    found = quotes("HALIFAX — Nova Scotia's education minister says the province will cover the cost of busing. "
                   "Education Minister Karen Doucette said Tuesday the province will spend what it takes.")
    assert [q.speaker for q in found if q.quote.direct is False] == ["Karen Doucette", "Karen Doucette"]


@pytest.mark.parametrize("body, speaker", [
    # the works a company runs speak for it, when the story is about one company
    ("Mwembeni Sugar Company has suspended crushing. The mill said on Monday that floods had destroyed 6,200 "
     "hectares of cane. Mwembeni Sugar Company expects to resume in August, analysts said.", "Mwembeni Sugar Company"),
    # a business introduced by where it is based, the one the story is about
    ("Pune-based Serovance Biologicals has won the tender, supplying 25,000 vials, the company said. Serovance "
     "shares rose 4.6%. Serovance managing director Arvind Kulkarni spoke to analysts.", "Serovance Biologicals"),
    # an authority is the regulator an article names
    ("The Monetary Authority of Singapore fined Orchid Harbour Bank S$9.6 million. Eleven other institutions were "
     "penalised last year, the regulator said.", "Monetary Authority of Singapore"),
    # a word of the organisation's name before the noun; not the name of the body the noun belongs to
    # a holding company is "the group" of its filings
    ("Cahaya Media Holdings Bhd won the contract in 2021. In a filing, the group said deliveries had been delayed by "
     "flooding.", "Cahaya Media Holdings Bhd"),
    ('"Supply is tight," Eastern Grid Authority said. Demand hit an all-time high of 6,480 megawatts, the grid '
     'operator said.', "Eastern Grid Authority"),
    ("Nakuru County has closed two boreholes. A peak reading of 8.6 mg/l was found at the Sokoni borehole, the "
     "county laboratory said.", "the county laboratory"),
    # "the city" is the city of its dateline, as the article writes it, or the one it calls "the town of ..."
    ("OSTRÓW LĘDZKI, Poland, Sept 22 (CEPA) - The transport company in Ostrów Lędzki has chosen Vistra Rail to supply "
     "24 trams, the city said on Monday.", "Ostrów Lędzki"),
    ("Crews cleared 40 homes in the town of Kamiyasu. The number of empty homes could exceed 1,500, the town said.",
     "Kamiyasu"),
    ("LONDON (AP) - The number of empty homes could exceed 1,500, the city said.", "the city"),  # never written so
    # a water company named in Spanish is "the utility"
    ("Aguas del Pichirrao will cut supply at night. Rationing will begin on Monday night, the utility said.",
     "Aguas del Pichirrao"),
    # a club by a word of its tradition, the one the story is about, not its opponent
    ("ARDMORAN, Co Mayo – Ardmoran Celtic played their first match at the redeveloped Ardmoran Park on Friday night, "
     "with 9,874 spectators watching a 2-1 win over Kilbrack Rovers in the League of Ireland First Division. The "
     "10,500-seat stadium cost €31 million to rebuild, the club said.", "Ardmoran Celtic"),
])
def test_a_company_credited_by_a_common_noun(body, speaker):
    assert [q.speaker for q in quotes(body) if q.quote.direct is False][0] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Nine men were missing after the fire, Bophelo Platinum said on Thursday. Eight of the nine men were found "
     "alive late on Wednesday, the company said.", "Bophelo Platinum"),
    ("Fire crews at the reservoir were stood down, Cedar Fork Water Authority said. Raw water contained 4.8 "
     "micrograms per liter of the toxin, the authority said.", "Cedar Fork Water Authority"),
    # a public body credited just before is no company
    ("Three people died in the outbreak, the Centers for Disease Control and Prevention said. About 900 workers "
     "have been laid off, the company said.", "the company"),
    # nor is a company the ministry
    ("Exports fell by a third, Tagumpay Gold Mining Corp. said. The containers were stopped at the border, the "
     "ministry said.", "the ministry"),
])
def test_the_company_just_credited_by_name(body, speaker):
    assert [q.speaker for q in quotes(body) if q.quote.direct is False][-1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Low-cost carrier SkyVista will close its base at the airport in January, the airline said. The airport "
     "handled 1.1 million passengers. SkyVista said charges had become uncompetitive.", "SkyVista"),
    ("Households will pay 38% more for heat from January, the utility said. MPEC Ostrowiec, the town's heat "
     "company, blamed the price of coal. MPEC said the rise was unavoidable.", "MPEC Ostrowiec"),
])
def test_a_kind_of_business_named_by_another_word_or_the_one_company(body, speaker):
    assert [q.speaker for q in quotes(body) if q.quote.direct is False][0] == speaker


def test_a_told_cue_with_words_of_its_own_after_it_closes_nothing():
    found = quotes("The government has promised a €50 million aid package for farmers, but locals told Diário Flash "
                   "they have seen nothing yet.")
    assert [q.speaker for q in found if q.quote.content.startswith("The government")] == []


def test_put_is_no_speech_without_an_amount():
    assert [q for q in quotes("The strike put pressure on the government to settle quickly.")] == []


def test_associate_professor_is_a_title():
    found = quotes('"Banks treat the penalty as the end of it," said Assoc. Prof. Nadia Rahim of the law faculty.')
    assert [q.speaker for q in found] == ["Nadia Rahim"]


def test_what_a_speaker_added_after_a_direct_quote_is_theirs_too():
    found = quotes('"This is a painful day for our city," said Mayor Theresa Okafor, who added that the city would '
                   'hold a job fair before Thanksgiving.')
    assert [(q.quote.direct, q.speaker) for q in found] == [(True, "Theresa Okafor"), (False, "Theresa Okafor")]
    assert found[1].quote.content == "the city would hold a job fair before Thanksgiving"


@pytest.mark.parametrize("body", [
    "Talks broke down after a year, and the federal mediation service has been asked to step in.",  # passive
    "Ridership is up 18% this year, and the ferry operator added two morning sailings in March.",  # an amount
    "The buyer's premium and fees added about $6.1 million on top.",
    "Patients are eligible, according to the administrator, and the claims window will stay open for 18 months.",
    "Fines rose, the minister said in a statement.",  # where the words were given is no speech of its own
    # a noun or an adjective after a preposition
    "Insurers are bracing for claims from last week's explosion in the town.",
    "The number of reported cases now stands at 31, up four since Wednesday.",
    "The estimate has a range of 10,900 to 12,700 bears.",  # a noun after its article
    # the subject of a comparison says nothing of what it is compared with
    "The shortfall could reach close to $1.1 million, far more than organisers have admitted.",
    # a participle of saying used as a noun, an estimate of an amount
    "Beaches stayed shut, with a red flag warning in effect through 8 p.m.",
    "Frost hit the valley, with growers estimating losses of $14.6 million.",
])
def test_verbs_of_speech_used_otherwise_make_no_speech(body):
    assert [q for q in quotes(body) if q.quote.direct is False] == []


def test_a_plain_verb_after_one_thing_is_a_noun_not_a_source():
    body = ("Managing director Henrike Volkmann told a news conference the servers were hit. A ransom note demanded "
            "4.5 million euros within 72 hours, she said.")
    found = [q for q in quotes(body) if q.text.startswith("A ransom note")]
    assert [q.speaker for q in found] == ["Henrike Volkmann"]
    assert not [c for c in extract_claims(body) if c.type == "attribution" and "ransom" in (c.speaker or "").lower()]


def test_a_closing_pronoun_credits_what_came_before_it():
    body = ("Hospital spokeswoman Lena Ortiz said 30 people were hurt. Five patients remain in intensive care, "
            "she said.")
    found = [q for q in quotes(body) if q.text == "Five patients remain in intensive care"]
    assert len(found) == 1 and found[0].quote.direct is False and found[0].speaker == "Lena Ortiz"
    credited = [c for c in extract_claims(body) if c.type == "attribution" and c.text == "she said"]
    assert [c.speaker for c in credited] == ["Lena Ortiz"]


def test_a_closing_pronoun_credits_a_long_account_too():
    body = ('"Our crews will stay out there," spokesperson Jolene Parrish said. Service to some outlying homes on the '
            'north end of the valley was expected to take longer, she said.')
    found = [q for q in quotes(body) if q.text.startswith("Service to some")]
    assert len(found) == 1 and found[0].quote.direct is False and found[0].speaker == "Jolene Parrish"


def test_accounts_credited_to_documents_or_sources_that_quote_are_no_speech():
    assert quotes("Revenue rose 4%, according to Reuters.") == []
    assert quotes("Crossings rose 12% in March, agency data show.") == []


@pytest.mark.parametrize(
    "body, speaker",
    [
        ('"My daughter has gone there since kindergarten," said parent Maya Chen, who spoke during public '
         'comment. "They are taking her community away," she said.', "Maya Chen"),
        ('Out-of-state tuition will climb 4 percent, said Chief Financial Officer Monica Tsai. "Our market is '
         'price-sensitive," she said.', "Monica Tsai"),
    ],
)
def test_a_pronoun_follows_the_person_credited_before_it(body, speaker):
    assert quotes(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a person opening a narrative sentence after a role, then "he said"
        ('HVOLSBREKKA — Sheep farmer Gunnar Eiríksson spent the night coaxing ewes into a barn.\n\n"You can taste '
         'it in the air," he said.', "Gunnar Eiríksson"),
        ('Outreach worker Jamal Reese spent that January night walking the riverbank. "You see the same faces '
         'every week," he said.', "Jamal Reese"),
        ('Inspector Maarten de Vries of the national art crimes unit spoke on the radio. "Each sale made it '
         'harder to move," he said.', "Maarten de Vries"),
        # after an opening phrase ("On", "In" and "For" are no names), and an aside after it
        ('On the eastern edge of Harrowdale Forest, Carys Bevan has started a nursery. "It grows," she said.',
         "Carys Bevan"),
        ('On a hot morning at the zoo, with the temperature past 35 degrees, keeper Liam Dorsey is counting '
         'chicks.\n\n"That\'s 14 this season," he says.', "Liam Dorsey"),
        ('For Gloria Pennington, a 58-year-old retired bus driver, the injection was a turning point. "My '
         'numbers came down," she said.', "Gloria Pennington"),
        # a place described after it, then a role of three words
        ('In Ban Khok Yai, a village in Nong Sawan district, village health volunteer Boonmee Chanthavong went door '
         'to door. "Everyone here eats koi pla," she said.', "Boonmee Chanthavong"),
        # the person and a partner of theirs: the person
        ('Hennie Dijkstra and her husband have lived on the Kerkstraat for four decades. The quake split the '
         'kitchen wall. "Forty years, and we had one hour to pack," she said.', "Hennie Dijkstra"),
    ],
)
def test_a_pronoun_follows_the_person_a_narrative_sentence_opens_with(body, speaker):
    assert quotes(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        # letters beyond Latin-1: Turkish, Polish, Romanian
        ('Members elected businessman Cengiz Aydınoğlu as president on Saturday. Aydınoğlu said the debt had '
         'grown. "I will not hide anything from our members," he said.', "Cengiz Aydınoğlu"),
        ('The recall failed, Agnieszka Domańska conceded. Domańska said turnout was low. "We lost on the rules," '
         'she said.', "Agnieszka Domańska"),
        ('The mayor, Ștefan Pițigoi, spoke on Monday. Pițigoi said the bears had come closer. "Nobody is safe," '
         'he said.', "Ștefan Pițigoi"),
        # a name in three parts, by its last word or by its first surname; not a word opening the sentence
        ('Growers met the manager, Rodrigo Uribe Llanos, on Monday. Uribe said the cooperative had a liquidity '
         'problem. "We are not bankrupt," he said.', "Rodrigo Uribe Llanos"),
        ('Budget officials met Miguel Ángel Robles on Monday. Robles said exports would grow. "We ran 14,000 test '
         'units," he said.', "Miguel Ángel Robles"),
        ('Then Maria Lopez spoke to the council. Lopez said the rent was too high. "We cannot pay," she said.',
         "Maria Lopez"),
        ('Treasurer Gordon Vail spoke on Monday. Vail said the fund was short. "It is a gamble," he said.',
         "Gordon Vail"),
        # a surname the article also writes before where its person works ("Gillis of Dalhousie Street Economics")
        ('"Wages fell," said economist Harriet Gillis of Dalhousie Street Economics. "There is real pressure," '
         'Gillis said.', "Harriet Gillis"),
    ],
)
def test_names_in_any_latin_script_are_learned_and_resolved(body, speaker):
    assert [claim.speaker for claim in quotes(body)] == [speaker, speaker]


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a name that opens a quoted sentence is no one's subject
        ('Council leader Andrew Pike welcomed the news. "Salthaven Quays was a car park not so long ago. Now it is '
         'a studio," he said.', "Andrew Pike"),
        ('Local guide Sipho Dlamini said the rules were overdue. "Some Saturdays you cannot even see the path," he '
         'said.', "Sipho Dlamini"),
        # one who says a document showed something quotes it
        ('Council member Rachel Oyelaran chairs the committee. She said the audit showed "a system running on '
         'exhaustion."', "Rachel Oyelaran"),
        ('Dr Rahul Menon said the figures showed the system had coped "by the skin of its teeth".', "Rahul Menon"),
        ('The audit showed "a system running on exhaustion," the council said.', "the council"),
        # a speech verb in a comparison is no cue
        ('Most drivers joined the stoppage, union chairman Radek Šimůnek said at a rally. He said drivers take home '
         'far less than management claims: "The average driver gets 38,900 crowns gross."', "Radek Šimůnek"),
    ],
)
def test_the_speaker_of_a_quote_is_who_says_it(body, speaker):
    assert quotes(body)[-1].speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    # by its name
    ("Bank Nadwiślański agreed to settle. Shares of Bank Nadwiślański rose.\n\n"
     "The bank said it still faces about 12,300 lawsuits.", "Bank Nadwiślański"),
    ("Fans queued outside the ground of Bluegrass FC, who beat CD Atalaya. Bluegrass sold out. Bluegrass fans "
     "cheered.\n\nThe club said it had agreed to sell its forward.", "Bluegrass FC"),  # the club the story is about
    ("A landslide hit a village near a mine of Tagumpay Gold Mining Corp. on Thursday.\n\n"
     "In a statement, the miner said 58 employees remained unaccounted for.", "Tagumpay Gold Mining Corp."),
    # by what the article says it is
    ("Prairie Valley Power, the local utility, restored most lines.\n\n"
     "The utility said it has replaced more than 3,400 poles.", "Prairie Valley Power"),
    ("Undecided voters fell, according to pollster Lembaga Survei Cakrawala.\n\n"
     "The pollster said its margin of error was 1.5 points.", "Lembaga Survei Cakrawala"),
    ("The vaccine will be offered at 1,140 facilities, the Ministry of Health said.\n\nHealth workers have been "
     "trained to give the vaccine, the ministry added.", "Ministry of Health"),  # its name goes on after "of"
    ("Ironbark Builders Super's A$1.1 billion property book fell.\n\nAbout 3,100 members had switched to cash, "
     "the fund said.", "Ironbark Builders Super"),  # a super fund is a fund
    # not its possessive, where the article names it as an owner
    ("Poe Rava Producers' Cooperative's president opened the sale.\n\n"
     "Of the 96 lots on offer, 82 were sold, the cooperative said.", "Poe Rava Producers' Cooperative"),
    ("Guides say the Ministry of Culture's decision will cost them.\n\n"
     "The ministry said it would hire 40 more park wardens.", "Ministry of Culture"),
    # a country described as a producer is no business
    ("Salmon escaped in southern Chile, the operator said.\n\nThe fish were five months from harvest, the company "
     "said.\n\nEscapes are a concern in Chile, the world's second-largest producer after Norway.", "the company"),
    # by its name in its own language
    ("Players in the Liga Nacional Femenil will earn at least 12,000 pesos a month.\n\n"
     "The new floor will cost clubs a combined 96 million pesos a season, the league said.", "Liga Nacional Femenil"),
    ("Związek Twórców Gier criticised the studio's layoffs.\n\n"
     "Most of the cuts fell on the QA teams, the union said.", "Związek Twórców Gier"),
    # an airline by its name's last word ("Air Perak Selatan Bhd", Malay for water, is none)
    ("Thirty-one people were hurt on a Kapadokya Air flight. Kapadokya Air shares fell.\n\n"
     "Eighteen people were taken to hospitals, the airline said.", "Kapadokya Air"),
    # the one the article says is a club, over another only its name shows to be one
    ("Gjógvarnes ÍB, a part-time football club, beat FK Drinski on Thursday.\n\n"
     "UEFA pays EUR 400,000 for each win, the club said.", "Gjógvarnes ÍB"),
    # another organisation than the one named: as written
    ("Orchid Harbour Bank was fined.\n\nThe central bank said the lapses were serious.", "the central bank"),
    ("Flights were cut, the Airlines of Europe Council said.\n\nThe airline said 40 flights were cancelled.",
     "the airline"),  # a council of airlines is no airline
    # two clubs named alike
    ("Bluegrass FC drew with CD Atalaya. Bluegrass and Atalaya meet again.\n\n"
     "The club said tickets would go on sale.", "the club"),
])
def test_an_organisation_credited_by_its_kind_is_the_one_of_that_kind_the_article_names(body, speaker):
    assert quotes(body)[-1].speaker == speaker


def test_a_quote_s_cue_is_an_attribution_with_where_it_was_given():
    body = ('"Geothermal runs around the clock," Obsidian Ridge Chief Executive Dana Whitcomb said in a statement. '
            '"Geothermal is here," Whitcomb said. But one resident told the Beacon: "We were never asked." '
            '"Prices will rise," said Coun. Ray Deschambault, who chairs the finance committee.')
    attributions = [(c.text, c.speaker) for c in extract_claims(body) if c.type == "attribution"]
    assert attributions == [("Obsidian Ridge Chief Executive Dana Whitcomb said in a statement", "Dana Whitcomb"),
                            ("Whitcomb said", "Dana Whitcomb"), ("But one resident told the Beacon", "one resident"),
                            ("said Coun. Ray Deschambault, who chairs the finance committee", "Ray Deschambault")]
    body = '"Never run a generator inside," said Const. Mark Oduya.'  # a constable, abbreviated
    assert [(c.text, c.speaker) for c in extract_claims(body) if c.type == "attribution"] == [
        ("said Const. Mark Oduya", "Mark Oduya")]


@pytest.mark.parametrize("body, speaker", [
    # the one company the article names by a corporate name, and comes back to
    ("Northbrook Therapeutics reported trial results on Monday. Northbrook shares rose 40%.\n\n"
     "Patients on the drug declined 28 per cent more slowly, the company said.", "Northbrook Therapeutics"),
    ("Kindwacht GmbH is recalling 186,000 seats. Kindwacht sold them across Europe.\n\n"
     "The company said the harness buckle can open in a collision.", "Kindwacht GmbH"),
    ("Bargain hunters were let down by online marketplace Pazaryolu. Pazaryolu was fined.\n\n"
     "More than 52,000 shoppers have applied for refunds, the company said.", "Pazaryolu"),  # named by what it is
    ("Uruguayan meatpacker Frigorífico Las Cañas will halt its plant. In a statement, Las Cañas blamed a cattle "
     "shortage.\n\nThe plant can process 1,200 head a day, the company said.", "Frigorífico Las Cañas"),
    # a bidder and its target: "the company" could be either, so it stays as written
    ("Mokoena Resources made an offer for Thaba Mining. Mokoena and Thaba are rivals.\n\n"
     "The company said the offer undervalued its mines.", "the company"),
    # a company known by its shares, or by its suffix abroad
    ("Siam Urban Rail's shares have fallen 11 per cent. Siam Urban Rail runs the line.\n\n"
     "Ridership averaged 62,000 passengers in October, the company said.", "Siam Urban Rail"),
    ("Nubecor Chile SpA was fined. Nubecor appealed.\n\nThe company said it would convert its cooling.",
     "Nubecor Chile SpA"),
    ("Grupo Medanar halted the project in March. Grupo Medanar said it would let buyers leave.\n\nBuyers had paid "
     "US$29 million into the trust, the company said.", "Grupo Medanar"),
    ("A pipeline run by Tri-County Gas Transmission Co exploded. Tri-County said crews shut the line.\n\n"
     "About 3,400 customers lost gas service, the company said.", "Tri-County Gas Transmission Co"),
    # a company the article comes back to far more often than the firm behind it
    ("A cyberattack on Gradewell Systems, a student-information software provider, exposed records. Gradewell "
     "paid the hackers. Gradewell, which is backed by private-equity firm Harwood Lane Capital, says its software "
     "is used widely.\n\nThe company said it has hired outside investigators.", "Gradewell Systems"),
    # an organisation credited by a common noun reads as it would mid-sentence
    ("The council said the bridge would reopen in March.", "the council"),
    # a name ending in a word businesses end their names with
    ("Arava Bromine Works locked out its workers. Arava wants to automate.\n\n"
     "Arava plans to eliminate 240 jobs over three years, the company said.", "Arava Bromine Works"),
    # "the company" credited again, after the business the article keeps crediting by name
    ("Four miners were killed at Marula Gold Fields' Kwelera Deep mine, the company said. Marula said in a "
     "statement that 79 had been brought to the surface.\n\n"
     "About 60 rescuers were working in rotating teams, the company said.", "Marula"),
    # ... not one whose first word the article uses for something else ("Gulf Coast")
    ("Insured losses could reach $3.4 billion, catastrophe modeler Kestrel Analytics estimated. Total losses could "
     "run to $9 billion, the firm said. Gulf Shore Power said repairs would cost $150 million. Shares of Gulf "
     "Coast insurers fell. Total economic losses could run to $9 billion, the firm said.", "the firm"),
    # the kind of organisation in a compound of another language, or in a club's initials
    ("Aargauische Gewerbebank will lead the loan.\n\nThe bank said it would lead a CHF 32 million loan.",
     "Aargauische Gewerbebank"),
    ("EHC Aarwald wants a new arena.\n\nMore than 3,000 fans have now registered, the club said.", "EHC Aarwald"),
    # a business described after its name by a place's possessive
    ("Baro Eats, South Korea's largest food delivery app, will raise its commission, the company said. The "
     "Korea Federation of Small Restaurant Owners protested.\n\nBaro Club orders account for about 45 per cent of "
     "all orders, the company said.", "Baro Eats"),
    # a possessive after a name in -s is no part of it
    ("A railing collapsed in the north stand of Club Atlético Los Ceibos' stadium on Sunday.\n\n"
     "The club said about 36,000 spectators attended the match.", "Club Atlético Los Ceibos"),
    # a listing written before the name is no part of it
    ("Mainboard-listed Lumos Semiconductor defended its water use. Lumos shares fell.\n\n"
     "The plant uses about 38 million litres of water a day, the company said.", "Lumos Semiconductor"),
    # a miner named by what it digs
    ("A strike at Mokgalo Platinum's mine entered its ninth day. Mokgalo Platinum has offered 6.5% a year.\n\n"
     "About 8,700 employees have stayed away from work, the company said.", "Mokgalo Platinum"),
    # ... a business by its trade, in English or its own language
    ("Vyomarth Aerospace's launch failed on Monday. Vyomarth had insured its customers' satellites.\n\n"
     "The Coast Guard has widened its search for debris, the company said.", "Vyomarth Aerospace"),
    ("Shares in Vestkyst Energi fell 6.2 per cent.\n\nPower prices jumped 28 per cent, the company said.",
     "Vestkyst Energi"),
    ("A Hoshizora Mart bento sickened 143 people. Kamiyoshi Delica made it.\n\nCustomers can get a refund at "
     "any store, the company said.", "Hoshizora Mart"),
    ("Serrano Futebol Clube filed for judicial recovery. Serrano owes R$1.3 billion.\n\nTickets sold out in four "
     "hours, the club said.", "Serrano Futebol Clube"),
    # the only business named by a corporate ending, named once, when no business is credited by name
    ("Shares of Tigbawan Gold Mining Corp fell 14.5 per cent on Friday.\n\nIn a disclosure to the stock exchange, "
     "the company said its 1,300 workers had all been accounted for.", "Tigbawan Gold Mining Corp"),
    ("The chairlift is run by Mountain Resorts Development Company.\n\nAbout 1,500 pre-booked day passes would be "
     "refunded, the operator said.", "Mountain Resorts Development Company"),  # ... and "the operator"
    # the business the story opens with, named once, when no nearer sentence names one
    ("Havlys Sjømat's farm at Hestøya lost more than 70,000 salmon in Sunday's storm.\n\nDivers found a tear in one "
     "pen. About 12,000 fish have been recaptured, the company said.", "Havlys Sjømat"),
    # ... not a place's body, nor one when the quote's own sentence names another, nor one word
    ("Vila Aurora's city council voted on Monday to grant Serra Verde's owners a concession.\n\nMore than 9,000 new "
     "members had joined since the takeover, the club said.", "the club"),
    ("Kelstow Airport will stay shut for a week.\n\nSkylark Air, the largest operator at the airport, has cancelled "
     "about 230 departures since Monday, the airline said.", "Skylark Air"),  # (not the airport: the airline named)
    ("Refunds will take two weeks, officials said.\n\nAbout 96,000 users were affected, the company said.",
     "the company"),
])
def test_the_company_said_is_credited_to_the_company_the_article_names(body, speaker):
    quotes = [claim for claim in extract_claims(body) if claim.type == "quote"]
    assert quotes and quotes[-1].speaker == speaker


@pytest.mark.parametrize("body, content, speaker", [
    # a wire dateline is no part of the first sentence's subject, with a hyphen for its dash too
    ("SINGAPORE, Oct 7 (APN) - PayKaki, one of Singapore's most widely used e-wallets, said on Tuesday that "
     "hackers had accessed the personal data of about 1.2 million users.",
     "hackers had accessed the personal data of about 1.2 million users", "PayKaki"),
    ("CURITIBA - Ridership rose 5% in May, the operator said.", "Ridership rose 5% in May", "the operator"),
    ("KŌTARE PENINSULA, New Zealand (PRW) — A rocket carrying 36 satellites lifted off, the company said.",
     "A rocket carrying 36 satellites lifted off", "the company"),
    # a day between the speaker and the verb
    ("State wildlife officials on Friday confirmed that zebra mussels had been found in the lake.",
     "zebra mussels had been found in the lake", "wildlife officials"),
    ("The Minister for Food and Agriculture, Dr. Kofi Amoako-Tuffour, on Monday said that extension "
     "officers would visit every community.", "extension officers would visit every community", "Kofi Amoako-Tuffour"),
    # a quote that ends on an abbreviation's full stop, then its cue
    ('"We are asking every household to cut consumption between 4 p.m. and 10 p.m.," ONSE director general '
     "Arturo Lugo said in a video message.",
     "We are asking every household to cut consumption between 4 p.m. and 10 p.m.", "Arturo Lugo"),
    # someone at a workplace, not the workplace
    ("A senior clinician at the trust, who asked not to be named, said two surgeons were due to retire.",
     "two surgeons were due to retire", "a senior clinician at the trust"),
    # a name in apposition after a long description
    ("The manager of the Rural Credit Bank branch in Asuboa, Mr. Samuel Owusu-Ansah, said the bank was reviewing "
     "about 210 loans.", "the bank was reviewing about 210 loans", "Samuel Owusu-Ansah"),
])
def test_the_speaker_of_an_opening_sentence(body, content, speaker):
    quotes = [claim for claim in extract_claims(body) if claim.type == "quote"]
    assert [(quote.quote.content, quote.speaker) for quote in quotes] == [(content, speaker)]


def test_a_day_between_a_subject_set_off_by_commas_and_its_verb_is_passed_over():
    body = "The Minister for Food and Agriculture, Dr. Kofi Amoako-Tuffour, on Monday announced a package."
    assert [(claim.text, claim.speaker) for claim in extract_claims(body) if claim.type == "attribution"] == \
        [("Dr. Kofi Amoako-Tuffour, on Monday announced", "Kofi Amoako-Tuffour")]
    said = "The minister, Dr. Kofi Amoako-Tuffour, on Monday said officers would visit every community."
    assert [claim.speaker for claim in extract_claims(said) if claim.type == "quote"] == ["Kofi Amoako-Tuffour"]


def test_what_it_said_is_the_organisation_s():
    body = ("PayKaki said on Tuesday that hackers had stolen the data of 1.2 million users. Card numbers and "
            "passwords were not affected, it said.")
    quotes = what_was_said(body)
    assert ("Card numbers and passwords were not affected", "PayKaki") in quotes
    # a body credited by what it is, which names no organisation; not a person by a role
    body = ("The region's akimat, or local administration, said the terminal was designed for 3.5 million passengers. "
            "The terminal cost 48.6 billion tenge, it said.")
    assert what_was_said(body)[1] == ("The terminal cost 48.6 billion tenge", "the region's akimat")
    body = ("The airline's finance director said refunds would cost 1.3 billion tenge. The carrier made a net profit "
            "of 2.7 billion tenge last year, it said.")
    assert what_was_said(body)[1][1] == "it"


@pytest.mark.parametrize("body, speaker", [
    # councillors as Canadian, British and New Zealand papers title them
    ('"People were told a number," said Coun. Marguerite Osei. She voted no.', "Marguerite Osei"),
    ('Cr Hemi Walker said it was "far beyond what families can absorb."', "Hemi Walker"),
    # a subject set off by a relative clause, in a clause joined to another
    ('The rise is lower than the figure floated in March, but Cr Hemi Walker, who voted against the plan, said it '
     'was "still far beyond what families can absorb."', "Hemi Walker"),
])
def test_a_titled_or_described_subject_is_the_speaker(body, speaker):
    assert [claim.speaker for claim in quotes(body)] == [speaker]


@pytest.mark.parametrize("body, content, speaker", [
    # a speech verb that shares its subject with the verb before it
    ("Mayor Patricia Henríquez welcomed the investment but said the municipality had not been consulted.",
     "the municipality had not been consulted", "Patricia Henríquez"),
    ("Marlock Bay Regional Council Mayor Jodie Kilroy welcomed the package, but said the council had asked for $12 "
     "million.", "the council had asked for $12 million", "Jodie Kilroy"),  # a long subject, a comma before "but"
    ("The department has put the cost at 38 billion dong, and says the work will take at least four months.",
     "the work will take at least four months", "the department"),  # as it reads mid-sentence
    # ... not what someone was told to do
    ("Authorities ordered everyone nearby to leave and told people up to two miles away to stay indoors.", None, None),
    # whom it was told to, before "that"
    ("Sergeant Aoife Keaveney told the court that none of the money had been repaid.",
     "none of the money had been repaid", "Aoife Keaveney"),
    # a cue set off in mid-sentence, then a clause of what follows from it
    ("Rafael Tavares runs the cooperative. Most of the crop had already been picked, he said, limiting the impact.",
     "Most of the crop had already been picked", "Rafael Tavares"),
])
def test_reported_speech_with_its_cue_inside_the_sentence(body, content, speaker):
    quotes = what_was_said(body)
    assert quotes == ([(content, speaker)] if content else [])


@pytest.mark.parametrize("body, speaker", [
    # a question's cue, a tabloid's
    ('"Where am I supposed to find another 100 zł?" asked Halina Mroczek, 71, who lives in a flat.', "Halina Mroczek"),
    ('"We called and called," fumed café owner Tiago Rebelo.', "Tiago Rebelo"),
    # a quote opened with a low mark, as Polish and German write it
    ("„I'm a pensioner with 2,350 zł a month,” said Halina Mroczek.", "Halina Mroczek"),
    ("„We have given this company everything,“ said works council chairman Uwe Kessler.", "Uwe Kessler"),  # German
    # guillemets, pointing out and, as German and Danish may set them, in
    ("«By boat, he would have bled out,» said paramedic Kjell Brattli.", "Kjell Brattli"),
    ("»We have given this company everything«, said works council chairman Uwe Kessler.", "Uwe Kessler"),
    # a verb in a clause about the speaker is not the cue
    ('"They rang him every day," his daughter, who asked not to be named, told the Ledger.', "his daughter"),
])
def test_quote_cues_of_questions_and_other_marks(body, speaker):
    assert [claim.speaker for claim in quotes(body)] == [speaker]


def test_quotes_in_single_marks_when_an_article_uses_no_double_ones():
    body = ("'It's daylight robbery for families like mine,' said single mum Sara Lindqvist, 34.\n\n"
            "Housing boss Peter Lundqvist defended the deal. 'We have to pay our bills like everyone else,' he told "
            "Kvällsnytt. The tenants' union called it 'a scandal'.\n\n‘Over 19,000 people can’t be ignored,’ said "
            "organiser Ahmed Yusuf.")
    found = quotes(body)
    assert [(claim.quote.content, claim.speaker) for claim in found] == [
        ("It's daylight robbery for families like mine", "Sara Lindqvist"),
        ("We have to pay our bills like everyone else", "Peter Lundqvist"),
        ("Over 19,000 people can’t be ignored", "Ahmed Yusuf")]
    assert all(body[claim.start:claim.end] == claim.text for claim in found)


def test_guillemets_open_and_close_each_quote_of_an_article():
    # a closing mark and the next opening one are no quote of the words between them
    body = ("«They are everywhere, fat and slow,» said fisherman Rolf Eide, 58. «But the money is not the point.»\n\n"
            "« For me it was a win, » said runner Salma Ouazzani.")
    found = quotes(body)
    assert [(claim.quote.content, claim.speaker) for claim in found] == [
        ("They are everywhere, fat and slow", "Rolf Eide"), ("But the money is not the point.", "Rolf Eide"),
        ("For me it was a win", "Salma Ouazzani")]
    assert all(body[claim.start:claim.end] == claim.text for claim in found)
    inward = "»We have given everything«, said Uwe Kessler. »Now it is their turn«, he added."
    assert [(claim.quote.content, claim.quote.direct) for claim in quotes(inward)] == [
        ("We have given everything", True), ("Now it is their turn", True)]


@pytest.mark.parametrize("body", [
    "The plan failed, a senior official told the Post, adding that no one was hurt.",
    "The plan failed, a senior official told U.S. lawmakers, adding that no one was hurt.",
])
def test_whom_a_cue_was_told_to_is_no_part_of_what_was_said(body):
    assert what_was_said(body) == [("The plan failed", "a senior official"), ("no one was hurt", "a senior official")]


@pytest.mark.parametrize("body, said", [
    ("Shares in Letsatsi Diamonds fell sharply on the exchange last week after the company said it would mothball "
     "its mine.", [("it would mothball its mine", "Letsatsi Diamonds")]),
    ("Public Advocate Renee Castellanos told Harrow Valley Public Radio her office would object.",
     [("her office would object", "Renee Castellanos")]),
    # a clause of time whose verb asks for something: nothing said
    ("It is the utility's first rate case since 2022, when it asked for $198 million and was granted $131 million.",
     []),
])
def test_what_a_source_said_in_a_clause_that_closes_the_sentence(body, said):
    assert what_was_said(body) == said


@pytest.mark.parametrize("body", [
    "The audit was ordered.\n\n„In 2022 we were promised a stadium for 150 million. Now it is 231 million, and nobody "
    "can say whether that is the last word,” said Councillor Tomasz Bielak, who chairs the budget committee.",
    "The brewery produced 680,000 hl.\n\n„Family breweries almost never come up for sale. Alpenkrone had to pay for "
    "scarcity,“ said Kateřina Dvořáková, an analyst at Moravia Capital.",
])
def test_a_quote_over_sentences_is_its_speaker_s_words_alone(body):
    # the sentences split as the article's marks open and close the quote, and no cue inside it speaks
    speakers = [speaker for _, speaker in what_was_said(body)]
    assert len(speakers) == 1 and speakers[0] in ("Tomasz Bielak", "Kateřina Dvořáková")


def test_reported_speech_reads_the_marks_direct_quotes_read():
    # said what, before a quote set off by spaced guillemets; and a quote inside reported speech keeps its marks
    body = ("Mayor Naima Berrada said the council would demand answers from the organisers. « The city paid for a "
            "world-class event, » she said.\n\nCouncillor Miriam Okafor-Lenz said the utility's board had „waved "
            "through a decision that was legally indefensible“.")
    found = [(claim.quote.content, claim.quote.direct, claim.speaker) for claim in quotes(body)]
    assert found == [
        ("the council would demand answers from the organisers", False, "Naima Berrada"),
        ("The city paid for a world-class event", True, "Naima Berrada"),
        ("the utility's board had „waved through a decision that was legally indefensible“", False,
         "Miriam Okafor-Lenz"),
        ("waved through a decision that was legally indefensible", True, "Miriam Okafor-Lenz")]


def test_single_marks_inside_double_quotes_or_words_are_no_quotes():
    body = ('"The workers\' pay is what they call \'fair\', and it isn\'t," said union head Ana Ruiz. The tenants\' '
            'union said rents had doubled.')
    assert [(claim.quote.content, claim.speaker) for claim in quotes(body) if claim.quote.direct] == [
        ("The workers' pay is what they call 'fair', and it isn't", "Ana Ruiz")]


def test_a_judge_titled_justice_is_the_judge():
    body = ('Justice Miriam Okonjo approved the deal. The judge said the funder had carried "substantial risk over '
            'a long and complex proceeding."')
    claims = extract_claims(body)
    assert [claim.speaker for claim in claims if claim.type == "quote"] == ["Miriam Okonjo"]
    # one attribution for the cue, not one from the attribution finder and one from the quote
    assert len([claim for claim in claims if claim.type == "attribution"]) == 1


def test_a_lead_in_cue_is_credited_from_the_clause_that_names_its_source():
    body = ('Some 120 rescuers were working in shifts on the debris field, which Engr. Rolando Baculi described as '
            '"a wall of mud and rock."')
    assert [(claim.text, claim.speaker) for claim in extract_claims(body) if claim.type == "attribution"] == \
        [("which Engr. Rolando Baculi described as", "Rolando Baculi")]


def test_an_organisation_of_a_kind_is_named_whole_past_its_owner():
    body = ("Chile's Transport Ministry awarded the contract on Monday. Fares will remain at 700 pesos for adults, "
            "the ministry said.")
    assert [claim.speaker for claim in quotes(body)] == ["Chile's Transport Ministry"]


def test_a_few_words_quoted_inside_reported_speech_stay_a_quote_within_it():
    body = "Hollins Moor's MP, Priya Oduya, said the £14.2m promised by ministers was \"welcome but years late\"."
    quotes = [(claim.quote.direct, claim.text, claim.speaker) for claim in extract_claims(body) if claim.type == "quote"]
    assert quotes == [(False, 'the £14.2m promised by ministers was "welcome but years late"', "Priya Oduya"),
                      (True, "welcome but years late", "Priya Oduya")]


def test_a_participle_before_a_quote_is_no_cue():
    body = ('Greg Ashby, the opposition health spokesman, said the extra funding promised by ministers was '
            '"a band-aid on a broken leg".')
    assert [claim.speaker for claim in extract_claims(body) if claim.type == "quote" and claim.quote.direct] == \
        ["Greg Ashby"]


def test_a_long_quote_that_ends_reported_speech_is_part_of_what_was_said():
    body = ("Police spokesperson Captain Nomsa Dube said officers would remain deployed “for as long as it takes to "
            "keep the peace”.")
    quotes = [(claim.quote.direct, claim.text, claim.speaker) for claim in extract_claims(body)
              if claim.type == "quote"]
    assert quotes == [
        (False, "officers would remain deployed “for as long as it takes to keep the peace”", "Nomsa Dube"),
        (True, "for as long as it takes to keep the peace", "Nomsa Dube")]
    # a quote introduced by a comma has its own cue: no reported speech around it
    body = 'Musk told Reuters in an interview, "I have never bid on that contract or any other one."'
    assert [claim.quote.direct for claim in extract_claims(body) if claim.type == "quote"] == [True]


@pytest.mark.parametrize("body, content, speaker", [
    # a person and where they work, however long its name
    ("Labour economist Dr. Ayanda Khumalo of the Highveld Institute of Labour Studies said a settlement at around "
     "7% would be in line with other deals.", "a settlement at around 7% would be in line with other deals",
     "Ayanda Khumalo"),
    # told whom, and where
    ("MSU general secretary Sipho Ndlovu told reporters outside the mine gates that workers would not return.",
     "workers would not return", "Sipho Ndlovu"),
    # a description of the subject opened by a participle not in -ed, with an abbreviation before a number
    ("Kasun Wijesekara, bought for Rs. 55.5 million, told the Ledger he would donate 10 per cent of his fee.",
     "he would donate 10 per cent of his fee", "Kasun Wijesekara"),
    # a long first clause whose subject the speech verb shares
    ("Santa Fe's sports safety agency ordered the stadium closed for 30 days pending an inspection and said the "
     "club's next three home matches would be played behind closed doors.",
     "the club's next three home matches would be played behind closed doors", "Santa Fe's sports safety agency"),
    # a noun spelled like a verb of saying before the verb ("the claims", "a claims office")
    ("Nutrimex lawyer Jorge Esquivel called the claims lies and said the company would sue anyone who repeated "
     "them.", "the company would sue anyone who repeated them", "Jorge Esquivel"),
    ("Corvane has opened a claims office on Front Street and said it would reimburse businesses for lost sales.",
     "it would reimburse businesses for lost sales", "Corvane"),
    # a subject in apposition, then two verbs joined
    ("The co-operative's chief executive, Martin Dunleavy, welcomed the announcement but said it would cover only a "
     "fraction of the lost income.", "it would cover only a fraction of the lost income", "Martin Dunleavy"),
    # a subject described by a relative clause
    ("Pensioners who gathered outside the secretariat welcomed the payment but said it covered only about 400 of "
     "the retirees.", "it covered only about 400 of the retirees", "pensioners"),
    # a closing cue, then more of the speaker's own
    ("Only about 14,000 wild coho returned to the river last year, said fisheries manager Leona Smallboy, and she "
     "fears the farmed fish will compete.", "Only about 14,000 wild coho returned to the river last year",
     "Leona Smallboy"),
    # a company's suffix is no sentence's end
    ("Hanseong Semiconductor Co. said on Thursday its operating profit rose 71% from a year earlier.",
     "its operating profit rose 71% from a year earlier", "Hanseong Semiconductor"),
    # where and to whom words were written are no part of them
    ("Principal Mark Delgado said in a letter to families that no school would close.", "no school would close",
     "Mark Delgado"),
    ("Kim Phat JSC said in a filing to the stock exchange that it expected most customers to choose a new cooker.",
     "it expected most customers to choose a new cooker", "Kim Phat JSC"),
    # a few words quoted inside what was said
    ('A city survey of 2,400 riders found 78% rated the service "good" or "very good", the mayor\'s office said.',
     'A city survey of 2,400 riders found 78% rated the service "good" or "very good"', "the mayor's office"),
    # where or when the source said it, at some length
    ("Seewil will pay 31.6 million francs into the pool in 2025, the council said in its draft budget.",
     "Seewil will pay 31.6 million francs into the pool in 2025", "the council"),
    ("The season is expected to last about 90 days, the ministry said in a resolution published in the gazette.",
     "The season is expected to last about 90 days", "the ministry"),
    # an opening of place with a clause about it before the subject
    ("At the plant in Caleta Los Ñires, where about 480 people gut and fillet fish on two shifts, workers said the "
     "news had spread quickly on WhatsApp.", "the news had spread quickly on WhatsApp", "workers"),
    ("At Ga-Sefara, a settlement of about 6,000 people near the shaft, spaza shop owner Lerato Molefe said she had "
     "cut her stock orders.", "she had cut her stock orders", "Lerato Molefe"),  # what the place is
    # an appositive of where the speaker is from; a closing cue's name described by whose it is
    ("Housing advocate Marta Salinas, from the group Homes for All, told Southern Public Radio that even a small "
     "share could ease rental pressure.", "even a small share could ease rental pressure", "Marta Salinas"),
    ("At least eight people who got sick have now retained lawyers, said attorney Denise Harrow, whose firm "
     "represents five of them.", "At least eight people who got sick have now retained lawyers", "Denise Harrow"),
    # a closing cue in the present tense
    ("The repair kit takes just 10 minutes to fit, the company claims.", "The repair kit takes just 10 minutes to fit",
     "the company"),
    # a clause of place with a speaker of its own, not the sentence's subject
    ("Both injured workers were taken to a hospital in Charleston, where a union official said the older man was in "
     "serious condition.", "the older man was in serious condition", "a union official"),
    # a relative clause, then an auxiliary before the verb
    ("Vila Rica, which has some 210 stores across the state, has said it will close 14 stores this year.",
     "it will close 14 stores this year", "Vila Rica"),
    # a closing cue with a role, whose it is, before the name
    ("At least 286 homeowners have joined a class-action lawsuit, said their attorney, Raymond Baptiste.",
     "At least 286 homeowners have joined a class-action lawsuit", "Raymond Baptiste"),
    # a role where it is held, then the name in apposition, after a Malay honorific
    ("A parent-teacher association chairman in Kinabatu, Encik Halim Basiron, said parents paid about RM35 per "
     "child.", "parents paid about RM35 per child", "Halim Basiron"),
    # a person of a place named with its kind
    ("Headman Justin Kabwe of Mpindi village said the gravel road was cut off for much of the rainy season.",
     "the gravel road was cut off for much of the rainy season", "Justin Kabwe"),
    # one unnamed person by what they do, and where; a group after the word that joins it to the sentence before
    ("A freight forwarder in Agadir, speaking on condition of anonymity, said some exporters had begun trucking "
     "fruit north.", "some exporters had begun trucking fruit north", "A freight forwarder in Agadir"),
    ("But parents in Migori and Busia told Kilele TV that clinics had turned them away.",
     "clinics had turned them away", "parents in Migori and Busia"),
    ("Outside court, federation president Sylvain Lachance said producers were relieved that the case was over.",
     "producers were relieved that the case was over", "Sylvain Lachance"),
    ("Results for 1,200 candidates could be cancelled, education officials said yesterday.",
     "Results for 1,200 candidates could be cancelled", "education officials"),
    ("Prices slumped to a 20-month low, traders and economists say.", "Prices slumped to a 20-month low",
     "traders and economists"),
    # a name after a clause, with a role in apposition, closing the sentence
    ("Methanol made up 38 per cent of the liquid in samples, Dr. Graciela Ontiveros, the state's director of "
     "epidemiology, told reporters.", "Methanol made up 38 per cent of the liquid in samples", "Graciela Ontiveros"),
    # a pronoun's cue in mid-sentence, then how much it cost
    ("Fonasa paid for seven such treatments last year, he said, at a combined cost of nearly US$15 million.",
     "Fonasa paid for seven such treatments last year", "he"),
    # whom words were told, in more than one word
    ("Councillor Jo Bell told the Senate committee that the plan would cost $4 billion.",
     "the plan would cost $4 billion", "Jo Bell"),
    ("The minister told lawmakers it had to cut 400 jobs.", "it had to cut 400 jobs", "the minister"),  # no order
    # a title as Gulf papers write an engineer's
    ("The plant employs 240 permanent staff, plant manager Eng. Sultan Al-Dossari said.",
     "The plant employs 240 permanent staff", "Sultan Al-Dossari"),
    # what a body says of itself in a relative clause
    ("The Mazowsze Fruit Growers' Union, which organised the blockade and says it has 22,000 members, wants the "
     "government to buy surplus fruit.", "it has 22,000 members", "Mazowsze Fruit Growers' Union"),
    ("Exports brought in $3.4 billion, according to exporters' group CitrusExport, which said shipments fell 14% by "
     "volume.", "shipments fell 14% by volume", "CitrusExport"),
    # a closing cue with a role, then what the sentence's subject does besides
    ("Harvesters are fishing 2,600 traps, said Gary Doucette, president of the Ashdown Bay Inshore Harvesters "
     "Association, and want permits for 1,000 more.", "Harvesters are fishing 2,600 traps", "Gary Doucette"),
    # what is alleged, not who is: "alleged" before a noun is an adjective
    ("Prosecutors allege she misappropriated 8.3 trillion dong of that money.",
     "she misappropriated 8.3 trillion dong of that money", "prosecutors"),
    ("Defence lawyer Camilo Peñuela, who represents alleged ringleader Jhon Barrera, argued that the evidence had "
     "been obtained without judicial authorisation.", "the evidence had been obtained without judicial "
     "authorisation", "Camilo Peñuela"),
    # a verb of saying inside what a closing source said is part of that source's account
    ("By Wednesday, 62 farms across the gulf had reported losses, the Thermaikos Mussel Growers' Cooperative said, "
     "up from about 40 at the start of the week.", "By Wednesday, 62 farms across the gulf had reported losses",
     "Thermaikos Mussel Growers' Cooperative"),
    ("Laboratory tests have confirmed avian botulism as the cause of the deaths, Rajasthan's forest department said.",
     "Laboratory tests have confirmed avian botulism as the cause of the deaths", "Rajasthan's forest department"),
    # whom it was told to and where, at length
    ("All 640 students will move to temporary classrooms, superintendent Dr. Karen Whitford told parents at an "
     "emergency meeting Monday night attended by more than 300 people.",
     "All 640 students will move to temporary classrooms", "Karen Whitford"),
    # a surname with its particle elided
    ("Pharmacies are reporting delays because prescriptions are not coming through, said Louis d'Entremont, who "
     "owns two drugstores in Westport.", "Pharmacies are reporting delays because prescriptions are not coming "
     "through", "Louis d'Entremont"),
    # a pronoun's cue, then what the figure amounts to
    ("The company paid the municipality $3.2 million in property taxes last year, he said, about 18 per cent of "
     "the town's revenue.", "The company paid the municipality $3.2 million in property taxes last year", "he"),
    # a pronoun's cue, then who they were
    ("Twenty-two bodies had been recovered by Tuesday afternoon, he said, most of them women and children.",
     "Twenty-two bodies had been recovered by Tuesday afternoon", "he"),
    ("Australia imported roughly 21,000 tonnes of berries last year, she said, much of it repacked locally.",
     "Australia imported roughly 21,000 tonnes of berries last year", "she"),
    ("Last year's marathon sent 96 runners to its medical tents, she noted, a fraction of Sunday's total.",
     "Last year's marathon sent 96 runners to its medical tents", "she"),  # ... or what the figure was
    # an unnamed source closing the sentence, an acronym among the words that describe it
    ("Inflows would exceed the projection, said a senior NRB official who was not authorised to speak publicly.",
     "Inflows would exceed the projection", "a senior NRB official who was not authorised to speak publicly"),
    # a promise of what will be is reported speech; what is promised is not
    ("Kalpa Media Network has promised that around 20 matches each season will be shown free-to-air.",
     "around 20 matches each season will be shown free-to-air", "Kalpa Media Network"),
    ("The government has promised 120,000 dinars in credit, but growers told Sfax FM that banks had not explained "
     "the terms.", "banks had not explained the terms", "growers"),
    # a pronoun's cue by another verb of saying
    ("Anyone found guilty of open burning faces a fine of up to RM50,000, she warned.",
     "Anyone found guilty of open burning faces a fine of up to RM50,000", "she"),
    # ... and what a person says, after an age or a description
    ("Among the crowd was Joaquim Pires, 58, a taxi driver from Almada who says his family lost €85,000.",
     "his family lost €85,000", "Joaquim Pires"),
    ("Kennedy Mwangi Njoroge, 29, who says he spends Sh300 a day on water, joined the queue.",
     "he spends Sh300 a day on water", "Kennedy Mwangi Njoroge"),
    # a name in apposition with a word of its language in it
    ("The state utility, Energía Federal de México, said it would spend about 4.5 billion pesos.",
     "it would spend about 4.5 billion pesos", "Energía Federal de México"),
    # ... or tells someone
    ("Its managing director, Anil Shinde, disputed the figures, telling the Journal that the mill had cleared most "
     "of its debt.", "the mill had cleared most of its debt", "Anil Shinde"),
    # the subject argues what it did: the sentence's own speaker
    ("Lawyers for Bambang Wiratmoko filed an appeal on Friday, arguing that judges had overstated his role.",
     "judges had overstated his role", "lawyers"),
    # the party in brackets after a name
    ("Deputy mayor Anders Tveit (Green Party) said the council would review discounts.",
     "the council would review discounts", "Anders Tveit"),
    # a role before a person of a group
    ("Councillor Yoon Seok-jin of the opposition bloc said the budget relied too heavily on public money.",
     "the budget relied too heavily on public money", "Yoon Seok-jin"),
    # a closing cue told at length or on what terms
    ("The ward was full and stocks of the serum ran out, a doctor at the hospital said on condition of anonymity.",
     "The ward was full and stocks of the serum ran out", "a doctor at the hospital"),
    ("The school's 412 students will be bused to two schools, director Dr. Paul Gaudet told a packed meeting in the "
     "school gym.", "The school's 412 students will be bused to two schools", "Paul Gaudet"),
    # what many say, in the plural's verb
    ("Last year's total was already a record, and experts warn this year could be worse.",
     "this year could be worse", "experts"),
    # an estimate put at an amount is what its source says; a time between source and verb is no source
    ("She put lost tourism revenue at between NZ$180 million and NZ$220 million.",
     "lost tourism revenue at between NZ$180 million and NZ$220 million", "She"),
    ("Bellbird last week put the cost of its retesting program at $1.8 million.",
     "the cost of its retesting program at $1.8 million", "Bellbird"),
    ("Cocobod put the value of the seized cocoa at an estimated GH¢6.8 million.",
     "the value of the seized cocoa at an estimated GH¢6.8 million", "Cocobod"),  # the cedi's sign
    # a role and the portfolio it is over, before the name
    ("The government's stake in the venture is 24%, deputy minister of mines and energy Helena Shikongo told Radio "
     "Namib.", "The government's stake in the venture is 24%", "Helena Shikongo"),
    # a verb of saying in the passive credits no one: the verb after it does
    ("The helpline has taken 23,500 calls since the fault was announced on Tuesday, and the authority said it had "
     "brought in 40 extra call handlers.", "it had brought in 40 extra call handlers", "the authority"),
    # an unnamed source and where it is, at some length
    ("A source at the national laboratory in charge of the tests said the technique was used in 46 cases.",
     "the technique was used in 46 cases", "a source at the national laboratory in charge of the tests"),
    # "and" inside a body's name ("Department of X and Y") joins no two sources
    ("The provincial Department of Agriculture and Rural Development said 1,840 hectares of ponds were affected.",
     "1,840 hectares of ponds were affected", "Department of Agriculture and Rural Development"),
])
def test_what_was_said_and_by_whom(body, content, speaker):
    assert what_was_said(body) == [(content, speaker)]


def test_a_closing_cue_that_goes_on_says_more():
    # more of what was said, joined after the cue; not a clause credited to someone else
    body = "The company runs about 6,000 kilometres of track, he said, and some locomotives had been left in sidings."
    assert what_was_said(body) == [("The company runs about 6,000 kilometres of track", "he"),
                                   ("some locomotives had been left in sidings", "he")]
    body = "Those affected will be contacted directly, a spokesman said, and patients should attend as planned."
    assert what_was_said(body)[1] == ("patients should attend as planned", "a spokesman")  # not "directly"
    body = "Names may have been taken, the bank said, but it had no evidence that passwords were compromised."
    assert what_was_said(body)[1] == ("it had no evidence that passwords were compromised", "the bank")
    body = "Occupancy rose to 87%, organisers said, and hotels were full, according to the hotel association."
    assert what_was_said(body) == [("Occupancy rose to 87%", "organisers")]
    # ... or what came of it
    body = ("A second flight departed on Friday, the National Hajj Commission said, leaving about 650 pilgrims still "
            "waiting in Kano.")
    assert what_was_said(body)[1] == ("leaving about 650 pilgrims still waiting in Kano", "National Hajj Commission")
    body = ("One train was held for about 15 minutes because of a door fault, Hai Phong Metro Co. said, adding that "
            "no one was hurt.")
    assert what_was_said(body) == [("One train was held for about 15 minutes because of a door fault",
                                    "Hai Phong Metro"), ("no one was hurt", "Hai Phong Metro")]
    body = "The mine flooded overnight, the company said, adding that no one was hurt in the flood."
    assert what_was_said(body) == [("The mine flooded overnight", "the company"),
                                   ("no one was hurt in the flood", "the company")]  # once, without "adding that"
    body = ("Loggers cleared 160 rai of protected forest, a senior forestry official told the Post, adding that some "
            "of the felled trees were more than 100 years old.")  # after whom the cue was told to
    assert what_was_said(body)[1] == ("some of the felled trees were more than 100 years old",
                                      "a senior forestry official")
    body = ("The plan will be financed from a loan, two people familiar with the talks said, adding to a debt pile "
            "that analysts regard as stretched.")
    assert [speaker for _, speaker in what_was_said(body)] == ["two people familiar with the talks"]
    # when or where the cue was given may come between it and what goes on
    body = ("Processors are paying 2.80 leva per kilogram of petals this season, the Association of Essential Oil "
            "Processors said on Wednesday, warning that rose oil output could fall to its lowest in years.")
    assert what_was_said(body)[1] == ("rose oil output could fall to its lowest in years",
                                      "Association of Essential Oil Processors")
    body = ("Yard occupancy stood at 96 percent, the terminal operator said in a notice to customers, warning that it "
            "would restrict empty containers.")
    assert what_was_said(body) == [("Yard occupancy stood at 96 percent", "the terminal operator"),
                                   ("it would restrict empty containers", "the terminal operator")]


@pytest.mark.parametrize("body, content", [
    ('"This is a black day for Talbrunn," said Mayor Klaus Reinhardt, who said the plant paid €4.5 million a year '
     'in local business tax.', "the plant paid €4.5 million a year in local business tax"),
    ('"Democracy has a cost, and this one was modest," Mayor Klaus Reinhardt said, noting the spending was equal to '
     "about 1.3% of the budget.", "the spending was equal to about 1.3% of the budget"),
])
def test_a_quote_s_cue_that_goes_on_to_report_more_ends_at_the_speaker(body, content):
    claims = extract_claims(body)
    assert [(claim.quote.direct, claim.quote.content, claim.speaker) for claim in claims if claim.type == "quote"][1:] \
        == [(False, content, "Klaus Reinhardt")]
    # (the relative clause credits him a second time, for what it reports)
    assert [claim.text for claim in claims if claim.type == "attribution"] in (
        [["said Mayor Klaus Reinhardt", "who said"], ["Mayor Klaus Reinhardt said"]])


def test_a_quote_s_cue_with_a_role_and_where_it_was_given_goes_on_too():
    body = ('"Every merger in this industry has ended with shafts closing," NUM regional secretary Thandeka Mahlangu '
            'said at the rally, adding that up to 2,500 jobs could be at risk.')
    assert [(claim.quote.direct, claim.quote.content, claim.speaker) for claim in extract_claims(body)
            if claim.type == "quote"][1:] == [(False, "up to 2,500 jobs could be at risk", "Thandeka Mahlangu")]


@pytest.mark.parametrize("body, speaker", [
    ("TORONTO — Northcrest Gold Corp. said on Tuesday it produced 184,300 ounces of gold in the third quarter.",
     "Northcrest Gold"),  # written with its suffix once
    ("Greywacke Minerals said crews had bored about 150 metres of the borehole.", "Greywacke Minerals"),
])
def test_a_name_with_a_business_s_ending_is_an_organisation(body, speaker):
    assert {(claim.speaker, claim.speaker_kind) for claim in extract_claims(body) if claim.type != "figure"} == \
        {(speaker, "organization")}


@pytest.mark.parametrize("body, speaker", [
    # where the person is from closes the phrase before the verb
    ('Mother Sabine Kettler, 31, from Würzburg said: "I drove my daughter to nursery every day in that seat."',
     "Sabine Kettler"),
    # a given name joined by a hyphen, the second part in lower case, is one name; a festival is no person
    ("The Haewol International Film Festival drew 212,000 admissions. Festival director Shin Hye-won defended the "
     'spending. "The return to the city is many times what it puts in," she said.', "Shin Hye-won"),
])
def test_the_speaker_is_the_person_not_a_place_or_festival_beside_them(body, speaker):
    assert [claim.speaker for claim in quotes(body)] == [speaker]


def test_an_estimate_named_by_when_is_nobody_s_and_its_closing_cue_credits_it():
    body = ("Council manager Grace Whitlock said a pipe could be in place within 10 days. Early estimates put the "
            "repair bill at NZ$2.4 million, she said, not including the bridge.")
    claims = extract_claims(body)
    assert [(claim.quote.content, claim.speaker) for claim in claims if claim.type == "quote"][1:] == \
        [("Early estimates put the repair bill at NZ$2.4 million", "Grace Whitlock")]
    assert "Early estimates" not in [claim.text for claim in claims if claim.type == "attribution"]


@pytest.mark.parametrize("body", [
    # the speaker's role and name, then what was said: no speech before the name
    "The district's chief executive, Alan Storer, said in a statement that 40 beds would close.",
    # what was reported, not who reported it
    "Ambulances waited 2,600 hours last month, a far higher tally than any previously reported at the hospital.",
])
def test_no_speech_is_read_before_a_named_speaker_or_a_participle(body):
    claims = extract_claims(body)
    assert not [claim for claim in claims if claim.type == "quote" and claim.text.startswith(("The district", "Amb"))]
    assert not [claim for claim in claims if claim.type == "attribution" and "tally" in claim.text]


@pytest.mark.parametrize("body, content, speaker", [
    ("Analysts at Khumalo Capital estimate the deal could lift earnings per share by 9% to 12%.",
     "the deal could lift earnings per share by 9% to 12%", "analysts at Khumalo Capital"),
    ("Forecasters expect the heat to persist for another five days.", "the heat to persist for another five days",
     "forecasters"),
    # an estimate that is a noun, or a verb with no source of its own, reports nobody's words
    ("The council has now revised its repair estimate to $3.8 million.", None, None),
    ("The union's loss estimate stands at R340 million.", None, None),
    ("Crews have moved 17 of the cars and expect to reopen the line by the weekend.", None, None),
])
def test_what_sources_estimate_or_expect(body, content, speaker):
    assert what_was_said(body) == ([(content, speaker)] if content else [])


def test_what_a_sentence_says_before_a_relative_clause_of_its_speaker_is_theirs_too():
    body = ("In Brennerton alone, about 9,300 drivers are eligible, said Marisol Teague, an organizer with App Drivers "
            "United, which says it has 12,000 members statewide.")
    assert what_was_said(body) == [("In Brennerton alone, about 9,300 drivers are eligible", "Marisol Teague"),
                                   ("it has 12,000 members statewide", "App Drivers United")]
    # the relative clause is an attribution of its own, credited to the name before it
    assert [(claim.text, claim.speaker) for claim in extract_claims(body) if claim.type == "attribution"] == [
        ("said Marisol Teague", "Marisol Teague"), ("which says", "App Drivers United")]


@pytest.mark.parametrize("body, speaker", [
    # the club the sentence is about, though the article names another club
    ("Bluegrass FC have agreed to sell forward Dario Mendes to Spanish club CD Atalaya for $14.5 million, the club "
     "said.", "Bluegrass FC"),
    # a word that heads a name the article writes
    ("Norvell Motors builds cars in Ohio. Norvell delivered 85,000 vehicles in the quarter, the company said.",
     "Norvell"),
    # not a people's adjective: the name after what it is
    ("Danish Travel Partners sold tickets. Danish regional airline Kattegat Air filed for bankruptcy on Tuesday, the "
     "company said.", "Kattegat Air"),
])
def test_the_organisation_a_closing_source_names_is_the_sentence_s_subject(body, speaker):
    assert what_was_said(body)[-1][1] == speaker


def test_the_institute_is_the_one_the_article_names_in_its_own_language():
    body = ("The Instituto Citrícola Paulista reported the survey on Tuesday. Growers tore out 4.8 million infected "
            "trees last year, the institute said.")
    assert what_was_said(body)[-1] == ("Growers tore out 4.8 million infected trees last year",
                                       "Instituto Citrícola Paulista")


def test_a_closing_source_named_by_a_role_is_the_person_given_that_role():
    body = ("Commissioner for Health Dr. Folasade Adeyemo-Ojo said three nurses were infected. The state has approved "
            "N150 million for an emergency response, the commissioner said.")
    assert what_was_said(body)[-1] == ("The state has approved N150 million for an emergency response",
                                       "Folasade Adeyemo-Ojo")


@pytest.mark.parametrize("body, content, speaker", [
    # the role given with an organisation's possessive, and the person named with it later
    ("A regional hospital will open its theatres on Saturdays from April, its director said on Monday. Marek "
     "Wilczynski, the hospital's director, said 800 more operations would follow.",
     "A regional hospital will open its theatres on Saturdays from April", "Marek Wilczynski"),
    ("Kellerton collected $41.7 million in parking fines last year, the city's auditor general said. Miriam "
     "Castellane, the auditor general, said the money was not accounted for.",
     "Kellerton collected $41.7 million in parking fines last year", "Miriam Castellane"),
    # a role before an honorific, or before a name in apposition
    ("Demand peaked, Electricity Minister Dr. Hisham El-Sayed told Cairo Today.\n\nThe minister said the state "
     "had allocated EGP 120 billion to subsidies.", "the state had allocated EGP 120 billion to subsidies",
     "Hisham El-Sayed"),
    ("The Chairman of Agbeloba Local Government, Alhaji Kamoru Ladipo, on Friday signed the budget.\n\n"
     '"We inherited these debts, but we will not pass them on," the chairman said.',
     "We inherited these debts, but we will not pass them on", "Kamoru Ladipo"),
])
def test_a_source_credited_by_a_role_is_the_one_person_given_it(body, content, speaker):
    assert (content, speaker) in what_was_said(body)


@pytest.mark.parametrize("body, content, speaker", [
    ("Mayo County Council now faces a legal bill that insiders say could top half a million euro.",
     "could top half a million euro", "insiders"),
    ("Kestrel puts the loss at between ¥240 billion and ¥390 billion, a range brokers said was wide because of "
     "uncertainty over claims.", "was wide because of uncertainty over claims", "brokers"),
    ("The ad tier will stay at £5.99, a move chief executive Imogen Ward said was designed to keep an entry point.",
     "was designed to keep an entry point", "Imogen Ward"),
    ("Yucatán was hit by blackouts that the national grid operator now says have affected 2.6 million customers.",
     "have affected 2.6 million customers", "the national grid operator"),
])
def test_what_a_source_says_of_a_noun_in_its_clause(body, content, speaker):
    assert (content, speaker) in what_was_said(body)


def test_a_named_source_in_a_clause_of_a_noun_ends_the_reported_speech_around_it():
    body = ("The assembly says it has received GH¢15 million from the council, money that Municipal Chief Executive "
            "Kwabena Asante-Darko said was also paying for the treatment centre.")
    assert what_was_said(body) == [("it has received GH¢15 million from the council", "the assembly"),
                                   ("was also paying for the treatment centre", "Kwabena Asante-Darko")]


def test_a_clause_of_a_noun_is_no_source_of_what_follows():
    body = "Market stalls that take only QR-code payments said they lost most of a weekend's takings."
    assert all(speaker != "take only QR-code payments" for _, speaker in what_was_said(body))


def test_a_noun_that_is_also_a_speech_verb_inside_what_was_said_is_no_cue():
    body = ('Deputy Fernanda Alves of the opposition bloc said the passenger forecast had been "inflated to make the '
            'numbers work" when the concession was tendered.')
    assert {speaker for _, speaker in what_was_said(body)} == {"Fernanda Alves"}


@pytest.mark.parametrize("body", [
    "Police told residents to stay indoors.",
    "On Tuesday evening, Red Mesa Interconnection, the nonprofit that runs the grid for about 14 million people, "
    "told utilities to start switching off customers.",
])
def test_an_order_is_no_reported_speech(body):
    assert what_was_said(body) == []


def test_a_speaker_named_with_the_role_an_organisation_gave_them():
    body = ('"We were building at a rate of roughly 100 megawatts a week at peak," Park Ji-hoon, Hanbit Energy\'s '
            'project director, told MENA Power Journal. He said about 6,000 workers had been on site.')
    assert what_was_said(body) == [("We were building at a rate of roughly 100 megawatts a week at peak",
                                    "Park Ji-hoon"), ("about 6,000 workers had been on site", "Park Ji-hoon")]


@pytest.mark.parametrize("body, speaker", [
    ("Kettle Peak Resort opened on Friday. The resort said it now has 27 runs open, up from 14 on opening day.",
     "Kettle Peak Resort"),
    ("Dopravní podnik Hradovice (DPH) runs the trams. DPH says about 380 drivers earn CZK 41,200 a month.",
     "Dopravní podnik Hradovice"),  # an acronym of a name whose nouns are written in lower case
])
def test_an_organisation_named_for_a_common_noun_or_an_acronym_stays_an_organisation(body, speaker):
    said = [(q.speaker, q.speaker_kind) for q in quotes(body) if q.quote.direct is False]
    assert said == [(speaker, "organization")]


def test_a_passive_with_an_adverb_before_its_participle_is_no_speech():
    found = quotes("Nineteen people are now confirmed dead after the ferry overturned on Monday, the coast guard "
                   "said on Tuesday.")
    assert [(q.speaker, q.quote.content[:19]) for q in found] == [("the coast guard", "Nineteen people are")]


def test_a_modal_and_an_adverb_stand_between_the_speaker_and_the_verb():
    found = quotes("Auction house Shinonome would only say the family was delighted with the result.")
    assert [q.speaker for q in found] == ["Shinonome"]


def test_a_speaker_after_a_phrase_of_place_and_before_a_clause_with_an_abbreviation():
    found = quotes("At the distribution point, Krystyna Baran, who runs a bakery on ul. Kosciuszki, said she had "
                   "been forced to close for two days.")
    assert [(q.speaker, q.quote.content) for q in found] == [
        ("Krystyna Baran", "she had been forced to close for two days")]


def test_an_organisation_is_credited_by_the_name_it_is_known_as():
    found = quotes("Cooperativa Agricola Vale Alto, known as Coopervale, said the frost could cut the harvest by "
                   "1.3 million bags.")
    assert [q.speaker for q in found] == ["Coopervale"]


@pytest.mark.parametrize("body, speaker", [
    # the organisation an unnamed spokesperson's phrase points to, named as the article names it
    ("Kafwila Copper Mines Plc said output fell. Kafwila shares rose. Kafwila said costs rose. An objection would be "
     "filed this week, a company spokesperson said.", "a Kafwila Copper Mines Plc spokesperson"),
    ("Kaiyuan Cell Technology, the Chinese company that made the cells, was named in the filing. A Kaiyuan "
     "spokesperson said the company was reviewing the information.", "A Kaiyuan Cell Technology spokesperson"),
    ("The Ashworth Vale Borough Council was hit in May. Recovery costs had reached £2.1 million, a council "
     "spokesperson said.", "an Ashworth Vale Borough Council spokesperson"),
    # the person stays unnamed, and a phrase that points to no organisation stays as written
    ("Shipments resumed on Monday, a spokesperson said.", "a spokesperson"),
    # not a product, nor a person, that the organisation's name heads
    ("Sarvik recalled the Sarvik Zephyr S2 scooter. Extra staff had been added to the helpline, a Sarvik "
     "spokesperson said.", "a Sarvik spokesperson"),
])
def test_an_unnamed_spokesperson_of_a_named_organisation(body, speaker):
    assert [q.speaker for q in quotes(body)][-1] == speaker


@pytest.mark.parametrize("body, speakers", [
    # a participle between a number and its noun is no verb of saying
    ("Of the 37 confirmed patients, 23 are schoolchildren, the Regional Public Health Office said.",
     ["Regional Public Health Office"]),
    ("Ohio accounts for 29 of the 41 confirmed cases in the outbreak, state epidemiologist Anita Reyes said.",
     ["Anita Reyes"]),
    # a body named by a common noun, and where it is
    ("Two more people have been arrested, bringing the number of suspects in custody to five, police on Syros "
     "confirmed on Thursday.", ["police on Syros"]),
])
def test_who_the_words_before_a_verb_of_saying_are(body, speakers):
    assert [q.speaker for q in quotes(body)] == speakers


def test_an_engineer_s_title_is_no_name():
    found = quotes('"The water level rose by four metres in forty minutes," said Er. Sabita Gurung, a senior '
                   'hydrologist at the department.')
    assert [q.speaker for q in found] == ["Sabita Gurung"]


def test_a_pronoun_with_no_speaker_before_it_is_the_person_its_paragraph_named_last():
    body = ('For grower Joaquim Batista Neto, the frost took most of the 12 hectares his family farms. "I have never '
            'seen that here," he said.')
    assert [q.speaker for q in quotes(body)] == ["Joaquim Batista Neto"]
    other_paragraph = body.replace('farms. "', 'farms.\n\n"')
    assert [q.speaker for q in quotes(other_paragraph)] == ["he"]


@pytest.mark.parametrize("cue, name", [
    ("said a woman who gave only her surname, Choi.", "Choi"),
    ("said a farmer who gave his name only as Ahmed.", "Ahmed"),
    ("said one man, who identified himself only as Ravi.", "Ravi"),
    ("said a trader identified only as Li.", "Li"),
])
def test_the_one_name_an_unnamed_source_gave(cue, name):
    assert [q.speaker for q in quotes(f'"We lost everything we had," {cue}')] == [name]


@pytest.mark.parametrize("body, speaker", [
    # an unnamed source stays as written, with the place or the body it is of
    ("A grocer on Hviezdoslavova Street said she had sold maybe 40 bags a week.",
     "A grocer on Hviezdoslavova Street"),
    ("A source close to the Criminal Assets Bureau said investigators were confident the flat would be sold.",
     "A source close to the Criminal Assets Bureau"),
])
def test_an_unnamed_source_with_a_place_or_a_body_stays_as_written(body, speaker):
    assert [q.speaker for q in quotes(body)] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    ("District collector Anjali Sharma rejected the charge, saying teams had been on the ground since Friday.",
     "Anjali Sharma"),
    ("Kızılkent Basket owes its players 14 million lira. The club has asked the federation to lift its transfer ban, "
     "the club said.", "Kızılkent Basket"),
    # a body named with what it deals with
    ("Only 64 of the 112 counting machines had arrived by Thursday, the Commission on Elections (Comelec) said.",
     "the Commission on Elections"),
])
def test_roles_and_kinds_of_organisation_named_in_other_countries(body, speaker):
    assert [q.speaker for q in quotes(body)][-1] == speaker


def test_they_after_a_group_of_unnamed_sources_is_that_group():
    found = what_was_said("Daehan EnerCell said it would cut 1,300 jobs. Analysts at Hanbit Securities expect the "
                          "company to return to profit in 2026. They estimate restructuring costs at around 180 "
                          "billion won.")
    assert found[-1] == ("restructuring costs at around 180 billion won", "analysts at Hanbit Securities")


def test_a_body_a_common_noun_names_is_credited_as_mid_sentence():
    # "Police said" and "said police" credit the same source
    assert what_was_said("Police said the man was arrested near the border on Tuesday.") == [
        ("the man was arrested near the border on Tuesday", "police")]


def test_a_spokesperson_the_phrase_gives_no_organisation_speaks_for_the_body_just_heard():
    found = what_was_said('Thornbury Vale Water said the spill lasted 14 hours. "We are deeply sorry and will pay," '
                          'a spokesman said.')
    assert found[-1] == ("We are deeply sorry and will pay", "a spokesman for Thornbury Vale Water")


def test_the_company_is_the_business_the_article_gives_what_only_a_business_has():
    found = what_was_said("Daehan EnerCell's decision to shed 1,300 jobs will ripple through its suppliers. After "
                          "the cuts it will be able to produce 28 GWh, the company said. Daehan EnerCell's Misan "
                          "battery plant employs 4,800 people.")
    assert ("After the cuts it will be able to produce 28 GWh", "Daehan EnerCell") in found


def test_a_quote_closing_what_was_said_after_a_comma_leaves_the_reported_clause_its_own():
    found = what_was_said('Trade analyst Ramesh Bhandari said average occupancy for morning shows was around 68 per '
                          'cent, "unheard of for a non-holiday release."')
    assert ("average occupancy for morning shows was around 68 per cent", "Ramesh Bhandari") in found
    # where and when it was said, then the quote: no reported speech
    assert what_was_said('He told Reuters in an interview on Monday, "We will not sell the company to anyone."') \
        == [("We will not sell the company to anyone.", "He")]


@pytest.mark.parametrize("body, speaker", [
    ("A nurse who asked not to be named because she was not authorised to speak to the media said staff were "
     "working 16-hour shifts.", "a nurse"),
    ("A senior executive at one of the country's largest insurers, who asked not to be named because claims were "
     "still being assessed, said adjusters expected roughly 400 claims.", "a senior executive at one of the country's "
     "largest insurers"),
])
def test_an_unnamed_source_and_why_it_is_not_named_however_long(body, speaker):
    assert [(q.quote.direct, q.speaker, q.speaker_kind) for q in quotes(body)] == [(False, speaker, "anonymous")]
    assert [a.speaker_kind for a in attributions(body)] == ["anonymous"]


def test_a_body_that_says_a_count_in_a_clause_about_it():
    body = "Arvenor Container Lines, which says 46 containers went overboard, has hired a salvage firm."
    assert what_was_said(body) == [("46 containers went overboard", "Arvenor Container Lines")]


def test_it_said_after_a_subject_described_by_where_it_is_based():
    body = ("The Kraków-based company, which employs roughly 2,400 people, will book a restructuring charge of 38 "
            "million zlotys, it said in a statement to the Warsaw Stock Exchange.")
    assert [(a.text, a.speaker) for a in attributions(body)] == [("it said in a statement", "The Kraków-based company")]
    assert [q.quote.content for q in quotes(body)] == [body[:body.index(", it said")]]


def test_a_closing_speaker_after_whose_role_it_is_and_a_role_of_three_words():
    body = "The number of refugees has passed 9,000, the district's refugee desk officer Peter Ssekandi said on Thursday."
    assert what_was_said(body) == [("The number of refugees has passed 9,000", "Peter Ssekandi")]


@pytest.mark.parametrize("body, speaker, kind", [
    ("Seven counting machines jammed during the day, a poll watcher told Bigwas.", "a poll watcher", "anonymous"),
    ("Rents rose 9% last year, according to a city staff report.", "a city staff report", "document"),
])
def test_a_person_named_by_the_document_of_their_work_is_no_document(body, speaker, kind):
    assert [(a.speaker, a.speaker_kind) for a in attributions(body)] == [(speaker, kind)]


def test_told_a_publication_whose_name_has_an_ampersand():
    body = "The recall will cost about $3.2 million, managing director Simon Achterberg told Food & Grocery Monitor."
    assert what_was_said(body) == [("The recall will cost about $3.2 million", "Simon Achterberg")]


def test_a_speaker_opening_a_clause_after_a_colon():
    body = ("Small plastic pellets were harder to deal with: fisherman Arne Haugland, 61, said he had filled four "
            "buckets from a single cove.")
    assert what_was_said(body) == [("he had filled four buckets from a single cove", "Arne Haugland")]


@pytest.mark.parametrize("body, speaker", [
    # the business its sentence opens with, named again in the article
    ("Payvine has cut another 70 jobs, bringing the number laid off this week to 350, the company confirmed. "
     "Payvine employs 1,200 people.", "Payvine"),
    ("Skrytka24 charged PLN 3.99 for each day a parcel stayed in a locker. The company told investors on Tuesday "
     "that 1.1 million customers had paid the fee. Skrytka24 will appeal.", "Skrytka24"),
    ("Nordair grounded its fleet on Monday. The airline said the disruption would cost it about €3 million a day. "
     "Nordair flies to 40 cities.", "Nordair"),  # ... by any business noun
    ("Hoshida cut its profit forecast to ¥11.5 billion. The company said it would not reduce its dividend. Hoshida "
     "makes rice cookers.", "Hoshida"),  # a past tense not in -ed
    ("Farmavit said on Wednesday it expects profit to fall by at least 30%. About 65,000 patients in Poland use "
     "the drug, the company said.", "Farmavit"),  # named once, saying something
    # named once after what it is, or in apposition to it
    ("Ecuadorian pipeline operator Oleoducto Andino de Crudos (OAD) has raised its estimate of the spill. The company "
     "said a 600-metre bypass would be laid.", "Oleoducto Andino de Crudos"),
    ("The developer, Nordlicht Windprojekte, plans nine turbines. The project could supply 40,000 households, the "
     "company says.", "Nordlicht Windprojekte"),
    # a common word opening a sentence is no business
    ("Families have been told to save water. The company said the cuts will last at least until April, and "
     "families should store water.", "the company"),
    # the business whose shares moved, however it is described
    ("Shares in Tobol Agro Holding, the region's largest listed grain producer, have fallen 12 per cent since the "
     "start of September. The company said its revenue would fall short of its guidance.", "Tobol Agro Holding"),
    ("Shares in Minera Cerro Pardo fell 4.2% in Santiago on Wednesday. The company told investors that it expected "
     "costs of US$4 million. It said slurry had run 30 kilometres down the ravine.", "Minera Cerro Pardo"),
])
def test_the_company_is_the_business_its_sentence_or_the_one_before_opens_with(body, speaker):
    assert [q.speaker for q in quotes(body)][-1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("The wells lie 800 metres from a 2,300-hectare plantation run by Agroexportadora Piñales del Norte. The company "
     "said it had not used bromacil since 2019.", "Agroexportadora Piñales del Norte"),
    ("The Kestrel Bay, a feeder vessel operated by Hamburg-based Arvenor Container Lines, rolled heavily in gusts of "
     "up to 30 metres per second, the company said.", "Arvenor Container Lines"),
    ("Governor Ada Okeke commissioned the starch plant built by Ifeoma Agro-Industries. The company said it will pay "
     "N95,000 per tonne of fresh roots.", "Ifeoma Agro-Industries"),
    # not a public body described by its name, nor a business of which another is said
    ("The railway is jointly owned by Hokkaido prefecture and four towns. The line will close in March, the company "
     "said.", "the company"),
    ("Miami-based Crestline Partners will buy 90% of the club's football company, the club said.", "the club"),
])
def test_the_company_is_the_business_the_sentences_before_name_by_what_it_runs(body, speaker):
    assert [q.speaker for q in quotes(body)][-1] == speaker


def test_a_name_closed_by_what_the_business_digs_or_sells_is_an_organisation():
    body = ("A contractor found the adult female on Saturday morning, Nordkyst Vind confirmed. The company said the "
            "bird would be sent to the veterinary institute.")
    assert [(q.speaker, q.speaker_kind) for q in quotes(body)] == [("Nordkyst Vind", "organization")] * 2


@pytest.mark.parametrize("body, speaker", [
    ("Finance professor Eduardo Lins of the Fundação Bandeirantes business school said the case reflected the strain "
     "on retailers.", "Eduardo Lins"),  # the body's name, then its kind in lower case
    ("Auction specialist Marguerite Ollivier of the Paris house Ollivier & Fils said the tiara could fetch €6 million.",
     "Marguerite Ollivier"),  # where it is, its kind, then its name
    ("Arne Myhre of the Skarvheia hunting board told Innland Public Radio that the cull would take a year.",
     "Arne Myhre"),
    ("Firefighters pulled 11 people alive from the debris, Col. Marcos Teixeira Lobo of the state fire brigade told "
     "reporters.", "Marcos Teixeira Lobo"),  # closing what was said
])
def test_a_person_of_a_body_however_the_body_is_named(body, speaker):
    assert [q.speaker for q in quotes(body)] == [speaker]
    assert [a.speaker for a in attributions(body)] == [speaker]


def test_unnamed_sources_that_open_what_was_said_are_not_the_speaker():
    body = ("Agronomist Fábio Menegotto, who advises 200 farmers through the local cooperative, said several members "
            "had reported failed weed control last season.")
    assert what_was_said(body) == [("several members had reported failed weed control last season", "Fábio Menegotto")]


def test_a_speaker_after_a_clause_of_time():
    body = ("Two days after Tidewater Launch Systems celebrated Canada's first orbital launch, the Halifax company says "
            "it still has not heard from two of the nine satellites.")
    assert [q.quote.content for q in quotes(body)] == ["it still has not heard from two of the nine satellites"]


def test_a_name_alone_after_an_opening_of_several_clauses():
    body = ("Speaking to The Western Star at Nyakabale, some 30 kilometres from the border, Ssekandi said the transit "
            "centre was overflowing.")
    assert [q.quote.content for q in quotes(body)] == ["the transit centre was overflowing"]
    body = "In Port Ellery, Ont., paramedic dispatcher Karen Ostrowski said crews relied on two-way radios all day."
    assert what_was_said(body) == [("crews relied on two-way radios all day", "Karen Ostrowski")]
    body = "With 84,600 people on the roll, turnout was 72 per cent, Ms Keremu said, well above the 58 per cent of 2022."
    assert [q.quote.content for q in quotes(body)] == ["With 84,600 people on the roll, turnout was 72 per cent"]


def test_a_person_s_own_forecast_after_their_words():
    body = ('"Cathode makers built capacity for a market that never came," said Lee Soo-min, an analyst at Daehan '
            'Securities. She expects Hanul to book an impairment charge of 150 billion won.')
    assert what_was_said(body)[-1] == ("Hanul to book an impairment charge of 150 billion won", "Lee Soo-min")
    # a business's expectation is more often its plan than its words
    assert what_was_said("Quillon expects the restructuring to deliver annual savings of about $400 million.") == []


def test_a_spanish_name_opened_by_what_the_business_is():
    body = "Frigorífico Las Cañas has told 780 workers they are out of a job from Monday."
    assert [(a.speaker, a.speaker_kind) for a in attributions(body)] == [("Frigorífico Las Cañas", "organization")]


@pytest.mark.parametrize("body, speaker", [
    ("The Midwest Hospitals Group runs four hospitals. The group has 30 posts formally approved and advertised, a "
     "spokesperson said.", "a spokesperson for Midwest Hospitals Group"),  # the body its sentence opens with
    ("Luz Andina did not respond to questions, but a spokesperson said 1,250 crews were now working in the field. "
     "Luz Andina serves 2 million customers.", "a spokesperson for Luz Andina"),  # ... by its name
    ("The defence ministry insists the price is fair, and a spokesman said the deal had been checked by three audit "
     "teams.", "a spokesman for the defence ministry"),  # ... by the noun alone, where the article names none
    ("KV Oostbrugge signed the forward on Monday.\n\nThe club has sold more than 2,500 shirts since, a spokeswoman "
     "said.", "a spokeswoman for KV Oostbrugge"),  # a club by its initials
    ("The group posted stolen files online.\n\nThe hospital's IT team has restored 40 per cent of systems, a "
     "spokeswoman said.", "a spokeswoman"),  # (not a body a sentence before names by a noun)
])
def test_a_spokesperson_with_no_organisation_speaks_for_the_one_its_sentence_opens_with(body, speaker):
    assert [q.speaker for q in quotes(body)][-1] == speaker


def test_what_is_said_on_both_sides_of_a_cue_set_off_by_commas_is_the_speaker_s():
    body = ("Drivers should check their bank statements, the company says, because refunds are being paid "
            "automatically.")
    assert [(q.quote.content, q.speaker) for q in quotes(body)] == [
        ("Drivers should check their bank statements", "the company"),
        ("because refunds are being paid automatically", "the company")]


@pytest.mark.parametrize("body, speaker", [
    # a body named for what it oversees
    ("Chile’s Superintendency of the Environment said it had sent inspectors to the site.",
     "Chile’s Superintendency of the Environment"),
    # a group named after what it is, its words after "saying"
    ("The environmental group Fundación Desierto Vivo disputed the figure, saying drone images suggested as much as "
     "9,000 cubic metres had escaped.", "Fundación Desierto Vivo"),
    # a body's name with its links, and whoever speaks for a business, before "saying" or "arguing that"
    ("The Diamond and Allied Workers Union of Botswana has threatened to go to court, arguing that the company did "
     "not consult it.", "Diamond and Allied Workers Union of Botswana"),
    ("A Hanamori spokesperson denied the claim, saying the plant ran 16 hours a day.", "A Hanamori spokesperson"),
    # one of those just quoted, named in apposition
    ('Neighbours say the parties never stopped. "He threw an asado for 200 people every weekend," said one, Graciela '
     'Ponce.', "Graciela Ponce"),
    # "the company" is no foundation or federation named just before
    ("Minera Cerro Pardo put the spill at 2,000 cubic metres. The foundation Fundación Desierto Vivo said drone "
     "images suggested more. The company said the estimate was speculative.", "Minera Cerro Pardo"),
])
def test_the_speaker_named_however_the_article_introduces_it(body, speaker):
    assert [q.speaker for q in quotes(body)][-1] == speaker


def test_an_aside_after_a_name_is_no_part_of_it():
    body = '"Altwessel has shown that it wants to be part of the solution," said Mayor Henrike Osterloh (SPD).'
    assert [(q.speaker, q.speaker_kind) for q in quotes(body)] == [("Henrike Osterloh", "person")]


def test_an_unnamed_officer_after_the_verb_is_the_speaker():
    assert what_was_said("Police have seized 200 litres of liquor, said an officer at the station.") == \
        [("Police have seized 200 litres of liquor", "an officer at the station")]


@pytest.mark.parametrize("body", [
    "The firm sold the plant, said a union boss.",  # the words before the comma are what was said, not its speaker
    "The grant, announced on Tuesday, is paying for contact tracing of more than 1,300 people.",  # a participle
])
def test_what_a_comma_sets_off_before_the_verb_is_no_speaker(body):
    assert what_was_said(body) == []  # (the code before read "the plant" and "the grant" as speakers)


def test_a_name_after_a_title_the_splitter_ended_a_sentence_on_still_speaks():
    said = what_was_said("The company's director, Ing. Pavla Horáková, said she was ready to meet the union again.")
    assert said == [("she was ready to meet the union again", "Pavla Horáková")]

"""Speakers: cleaning names, grading person against organisation, resolving pronouns and ``the company``."""
import pytest

from factcheck.extract import extract_claims
from factcheck.extract.speakers import SpeakerBook, appositive_kind, clean_name, speaker_kind


def quotes(body):
    return [c for c in extract_claims(body) if c.type == "quote"]


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("board chair Lena Ortiz", "Lena Ortiz"),
        ("council member Theo Brandt", "Theo Brandt"),
        ("the company's chief executive Ruth Amari", "Ruth Amari"),
        ("goalkeeper Ivo Stanek", "Ivo Stanek"),
        ("The Marlow Chamber of Commerce", "Marlow Chamber of Commerce"),
        ("the Lowland Water Authority", "Lowland Water Authority"),
        ("people familiar with the Pentagon", "people familiar with the Pentagon"),
        ("a senior defense official", "a senior defense official"),
        ("The Times", "The Times"),
        # a title with its department before the name
        ("RMI Vice President of Operations Kevin Draper", "Kevin Draper"),
        ("ONSE director general Arturo Benavides Lugo", "Arturo Benavides Lugo"),  # a name after a role, whole
        ("the National Grid Operator", "National Grid Operator"),  # after "the", a name, not a person's
        ("Secretary of State for Transport Radu Marinescu", "Radu Marinescu"),  # a government title "of State"
        ("Minister of State for Roads Gráinne Molloy", "Gráinne Molloy"),
        ("Kinsella's board", "Kinsella"),  # the body that governs an organisation speaks for it
        ("a member of the hospital's board", "a member of the hospital's board"),  # one member, unnamed
        # a role, the name, then where its person works
        ("maritime consultant Henrik Aasland of Northsound Marine Advisory", "Henrik Aasland"),
        ("farmer Jean-Pierre Habimana of Kabirizi", "Jean-Pierre Habimana"),
        # "Col" without its full stop before one name is a given name; a colonel's title otherwise
        ("Association president Col Hennessy", "Col Hennessy"),
        ("Col. Hennessy", "Hennessy"),
        ("Col John Hart", "John Hart"),
        # a middle initial stays with the name; initials run together are the given names
        ("Actor Michael J. Fox", "Michael J. Fox"),
        ("Senior Advocate K.R. Venkatesh", "K.R. Venkatesh"),
        # where a name is listed or based is no part of it; a noun after it is kept with it
        ("Toronto-listed Pangue Resources", "Pangue Resources"),
        ("Oslo-based Fjordkraft", "Fjordkraft"),
        ("Ohio-based company", "Ohio-based company"),
        # names of three or four words stay whole; a role or honorific before them goes
        ("Pham Minh Duc", "Pham Minh Duc"),
        ("Cathal Mac Giolla Rua", "Cathal Mac Giolla Rua"),
        ("Economist Ana Maria Lopez", "Ana Maria Lopez"),
        ("Alhaji Musa Bello Gombi", "Musa Bello Gombi"),
        ("Spokesperson Johan van Wyk", "Johan van Wyk"),
        # ... unless a word reads as what someone does or opens a sentence
        ("Rancher Cody Tatum", "Cody Tatum"),
        ("But Derek Fenn", "Derek Fenn"),
        # a body's name, however many links it holds
        ("The Diamond and Allied Workers Union of Botswana", "Diamond and Allied Workers Union of Botswana"),
        ("Ministry of the Interior and Safety", "Ministry of the Interior and Safety"),
        # a name with a particle, then the body its person is of
        ("Judge Anneline van Wyk of the Gauteng High Court", "Anneline van Wyk"),
    ],
)
def test_clean_name(phrase, name):
    assert clean_name(phrase) == name


@pytest.mark.parametrize(
    "clause, kind",
    [
        ("which owns three hotels", "organization"),
        ("who runs the shelter", "person"),
        ("a vaccine maker based in the state", "organization"),
        ("the regional power utility", "organization"),
        ("the county's chief medical officer", "person"),
        ("a product safety advocate at Consumer Watch", "person"),
        ("the holders", "organization"),
        ("the French capital", None),
        ("South Korea's largest food delivery app", "organization"),  # a place's possessive opens it
    ],
)
def test_appositive_kind(clause, kind):
    assert appositive_kind(clause) == kind


_UNFAMILIAR = ("Tellan Grid, the regional power utility, said profit fell. Brisk Ferro, which makes rail parts, said "
               "orders rose. Kai Moreno said he was pleased.")
# a business introduced by its kind is an organisation, a worker introduced by a job a person
_INTRODUCED = ("Swiss watchmaker Tissier Horlogerie said it would cut 240 jobs. Consumer group Fair Go Consumers said "
               "prices rose. Winch operator Sipho Mahlangu said he was angry. Julian Pryce, a partner at law firm "
               "Pryce Caddell, said claims were capped.")


@pytest.mark.parametrize("body, name, kind", [
    (_UNFAMILIAR, "Tellan Grid", "organization"), (_UNFAMILIAR, "Brisk Ferro", "organization"),
    (_UNFAMILIAR, "Kai Moreno", "person"),
    (_INTRODUCED, "Tissier Horlogerie", "organization"), (_INTRODUCED, "Fair Go Consumers", "organization"),
    (_INTRODUCED, "Sipho Mahlangu", "person"), (_INTRODUCED, "Pryce Caddell", "organization"),
    (_INTRODUCED, "Julian Pryce", "person"),
])
def test_an_unfamiliar_name_is_what_the_article_says_it_is(body, name, kind):
    book = SpeakerBook()
    book.learn_names(body)
    assert speaker_kind(name, book=book) == kind


@pytest.mark.parametrize("name", ["Kessler Rail", "Thornbury Vale Water", "Sound Link Ferries", "Zippet Mobility",
                                  "Coralline Freight"])
def test_a_utility_or_carrier_named_by_what_it_runs_is_an_organisation(name):
    assert speaker_kind(name, book=SpeakerBook()) == "organization"


def test_a_name_without_a_cue_may_be_either():
    assert speaker_kind("Ohio Edison", book=SpeakerBook()) in ("organization", "person")


@pytest.mark.parametrize(
    "body, words, speaker, kind",
    [
        ('"...," said board chair Lena Ortiz.'.replace("...", "Nobody likes paying more"),
         "Nobody likes", "Lena Ortiz", "person"),
        ('Marcus Hale, who heads the Riders Union, called the decision "a tax on people who ride."',
         "a tax on people", "Marcus Hale", "person"),
        ('"Today is a win for renters," said the group\'s president, Corinne Beaulieu.',
         "Today is a win", "Corinne Beaulieu", "person"),
        ('"I\'m proud of the game," said the former producer, Elias Marchetti, who left the studio in 2024.',
         "proud of the game", "Elias Marchetti", "person"),  # any description of one, then a full name
        # a pronoun after an unnamed source speaks for that source, not for a person named earlier
        ('Nordhaven Energie ended its sponsorship. A mechanic, who asked not to be named, said staff had heard '
         'rumours. "We saw the testers turn up at the camp," he said.', "testers turn up", "a mechanic",
         "anonymous"),
        # a quote at the end of a long account its sentence opened by crediting
        ('The fund announced $14.2 million in grants. Asked about the gap, fund spokesperson Carl Ditmer said the '
         'remaining $1.3 million was set aside for second-year payments on multi-year grants approved in 2025 and '
         'was "part of this round\'s spending, just not new money."', "just not new money", "Carl Ditmer", "person"),
        # a participle opening the sentence before its subject, whom "She" then follows
        ('Speaking on our breakfast programme, Dr Harriet Combe, the trust\'s chief executive, urged parents to '
         'stay home. She said cases would peak "in the next two to three weeks".', "in the next two", "Harriet Combe",
         "person"),
        ('Norvell delivered 85,000 cars, the company said. "We are not seeing the recovery," Whitfield told '
         'analysts on a call.', "We are not seeing", "Whitfield", "person"),
        ('Judge Paul Lindqvist dissented. He wrote that counties had "broad and settled authority" over housing.',
         "broad and settled", "Paul Lindqvist", "person"),
        ('"Nobody believes that," said the group\'s organizer, the Rev. Thomas Adeyemi.',
         "Nobody believes", "Thomas Adeyemi", "person"),
        ('"Erosion is running ahead of every model," Leah Brandt, an analyst at Kestrel Securities, wrote in a '
         'note to clients.', "Erosion is running", "Leah Brandt", "person"),
        ('Piet Lindqvist of the passenger group Rail Users Forum called the fare rise "a reward for failure".',
         "a reward for failure", "Piet Lindqvist", "person"),
        ('But the board\'s finance director, Alison Grey, warned in the papers that outsourcing "cannot be the main '
         'answer" this year.', "cannot be the main", "Alison Grey", "person"),
        ('Campaign manager Tess Dalgado said the narrowing showed "the machines got it wrong in places."',
         "the machines got it", "Tess Dalgado", "person"),  # only a document shows
        # one unnamed person, described: anonymous, not the organisation in the description
        ('"Selling the stadium to yourself is not against the rules," said a finance director at a rival club, who '
         'asked not to be named.', "Selling the stadium", "a finance director at a rival club", "anonymous"),
        ('A trader at a New York brokerage who asked not to be named says the market is pricing in a cut: "Nobody '
         'believes that number."', "Nobody believes", "A trader at a New York brokerage", "anonymous"),
        # a named subject that a colon closes
        ('On the call, CEO Dana Whitcombe is blunt: "What we lack right now is enough captains."', "enough captains",
         "Dana Whitcombe", "person"),
        # a role the article gave one person
        ('The quota falls, Fisheries Minister Aileen Corrigan said. "We had no choice," the minister said.',
         "no choice", "Aileen Corrigan", "person"),
        ('Marta Kovacs, a 34-year-old pharmacist, commutes daily. "Trains are late," the pharmacist said.',
         "Trains are late", "Marta Kovacs", "person"),
        # a person described by age right after the article names her
        ('For Marta Kovacs, the 7:12 has become a daily gamble. "Some weeks I am late more often than not," said '
         'the 34-year-old pharmacist.', "late more often", "Marta Kovacs", "person"),
        # one of a group, named with a role, an age and a home, then "he said"
        ('Dr. Kenji Aramaki said the sheets worked.\n\nOne of them, retired bus driver Masao Kuroda, 67, of Sakai, '
         'said he had waited three years. "I was told I might wait five more years," he said.', "five more years",
         "Masao Kuroda", "person"),
        # a company by the suffix of its country's law
        ('"The delays were caused by design changes," Mecsek-Epker Zrt said.', "design changes", "Mecsek-Epker Zrt",
         "organization"),
        ('"The plant was idle," TeploServis-K LLP said.', "plant was idle", "TeploServis-K LLP", "organization"),
        ('"The barge broke from its moorings," Havlys Sjømat AS said.', "barge broke", "Havlys Sjømat AS",
         "organization"),
        # "the spokesman" the article named with that role
        ("The ministry has deployed four aircraft, ministry spokesman Dawit Alemayehu said. The regional government "
         "has set aside 340 million birr for pest control, the spokesman added.", "340 million birr",
         "Dawit Alemayehu", "person"),
        # a surname and an age before a closing verb
        ('"I told the owner it looked like a bone," Painemal, 61, said by phone from the ranch.', "looked like a bone",
         "Painemal", "person"),
        # a Spanish organisation's name, by its first word
        ("Aguas del Pichirrao said the reservoir had been falling since November.", "reservoir had been",
         "Aguas del Pichirrao", "organization"),
        ("Fundación Río Vivo said its own analysis showed more than 120 dredges.", "own analysis",
         "Fundación Río Vivo", "organization"),
        ("Stadtwerke Ormsfeld said it would study the written judgment.", "study the written",  # ... or a German one
         "Stadtwerke Ormsfeld", "organization"),
        # a public body named as a directorate, an inspectorate or a secretariat
        ("The Directorate of Fisheries said it had opened an investigation.", "opened an investigation",
         "Directorate of Fisheries", "organization"),
        ("The Podlaskie Sanitary Inspectorate said the water was tested every two weeks.", "tested every",
         "Podlaskie Sanitary Inspectorate", "organization"),

        # a pronoun after a subject described by a relative clause, or after an opening phrase
        ('Mayor Tom Reyes opened the hearing. Grace Tolliver, whose son was killed, spoke first. "I have no '
         'forgiveness for you today," she told the court.', "no forgiveness", "Grace Tolliver", "person"),
        ('Mayor Tom Reyes backed the trial. For Gloria Pennington, a retired bus driver, the injection was a turning '
         'point. "My sugar numbers came down fast," she said.', "sugar numbers", "Gloria Pennington", "person"),
        ('Mayor Gil Hartigan lost to Teresa Ocampo. Hartigan, first elected in 2017, did not concede. He said he '
         'wanted "certainty for every voter" first.', "certainty for every voter", "Gil Hartigan", "person"),
    ],
)
def test_direct_quote_speakers(body, words, speaker, kind):
    found = [q for q in quotes(body) if words in q.text]
    assert found and found[0].speaker == speaker and found[0].speaker_kind == kind, \
        [(q.text, q.speaker, q.speaker_kind) for q in quotes(body)]


def test_he_said_follows_the_last_person_who_opened_a_sentence():
    body = ('"We ran a clean race," Mayor Ann Coyle told supporters. Rival Peter Dunn spoke shortly after. Dunn '
            'conceded before midnight. "The voters have spoken," he said.')
    found = [q for q in quotes(body) if q.text.startswith("The voters")]
    assert found and found[0].speaker == "Peter Dunn"


def test_the_company_resolves_to_the_last_company_named():
    body = ("Kessler Biologics, a vaccine maker based in the state, said it would donate 20,000 doses. "
            "The company said shipments would begin on Monday.")
    found = quotes(body)
    assert [q.speaker for q in found] == ["Kessler Biologics", "Kessler Biologics"]
    assert all(q.quote.direct is False and q.speaker_kind == "organization" for q in found)


def test_it_said_resolves_to_the_organisation_named_before():
    body = ("Riverbend Water Company, which had backed the measure, said it was disappointed. It said it would "
            "ask the council for $12 million.")
    found = quotes(body)
    assert [q.speaker for q in found] == ["Riverbend Water Company", "Riverbend Water Company"]


def test_a_long_relative_clause_before_the_verb_keeps_its_subject_as_the_speaker():
    body = ("Carrington, which directly employs 1,100 people at the plant and produces about 1.4 million tonnes of "
            "alumina a year, said it would set up a J$250 million fund to pay for water deliveries.")
    assert [(q.text, q.speaker) for q in quotes(body)] == \
        [("it would set up a J$250 million fund to pay for water deliveries", "Carrington")]


def test_a_one_word_organisation_in_a_statement_stays_an_organisation():
    found = quotes('"We will appeal the ruling," Apple said in a statement.')
    assert found and found[0].speaker_kind == "organization"


def test_a_new_sentence_after_a_closed_quote_is_not_its_cue():
    body = 'John Okoye, chief executive of Farlow Energy, said, "We are done." He later added that the firm would grow.'
    found = quotes(body)
    assert [q.speaker for q in found] == ["John Okoye", "John Okoye"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("On Monday, the ministry said exports fell 4% in May.", "the ministry"),
        ("Lawyers for the city argued the law was valid.", "lawyers for the city"),
        # a common noun opening the sentence reads as it would mid-sentence; a name keeps its capitals
        ("Calloway denies wrongdoing. His solicitor said he would challenge the findings.", "his solicitor"),
        ("The official said roughly 3,400 people may have been exposed.", "the official"),
        ("The Sentinel said the county spent $85,000 on it.", "The Sentinel"),
        # also before a name when the phrase opens with its head noun, not when the name comes first
        ("Opponents of Lysøyvik's planned toll ring say their petition has passed 11,200 signatures.",
         "opponents of Lysøyvik's planned toll ring"),
        ("Harbor Avenue residents said the pumps ran for 40 hours.", "Harbor Avenue residents"),
        # an adverb before the verb is no part of the source; "many" is people nobody names
        ("Gradewell Systems now says the breach affected 2.1 million students.", "Gradewell Systems"),
        ("Many now say the company is refusing to pay.", "many"),
        # "no." is a word in lower case, so the sentence ends there
        ("Commissioners Ray Dunphy and Alma Reyes voted no. Reyes said the county had spent $41 million.",
         "Alma Reyes"),
    ],
)
def test_reported_speech_subject(body, speaker):
    found = quotes(body)
    assert found and found[0].speaker == speaker


def test_a_relative_clause_is_not_reported_speech_of_the_subject():
    assert not [q for q in quotes("The ruling, which lawyers said could be appealed, came after a year of hearings.")
                if q.speaker == "The ruling"]


def test_an_acronym_the_article_spells_out_is_credited_by_its_name():
    body = ("Demand peaked at 52.18 gigawatts, the Operador Nacional del Sistema Eléctrico (ONSE) said, beating the "
            "record. ONSE said reserves fell to 3.1 per cent.")
    credited = [(claim.type, claim.speaker, claim.speaker_kind) for claim in extract_claims(body)
                if claim.type != "figure"]
    onse = "Operador Nacional del Sistema Eléctrico"
    assert credited == [("quote", onse, "organization"), ("attribution", onse, "organization"),
                        ("attribution", onse, "organization"), ("quote", onse, "organization")]
    book = SpeakerBook()
    book.learn_names("The Tenancy Standards Authority (TSA) fined 12 landlords.")
    assert book.spelled_out("The TSA") == "Tenancy Standards Authority"
    assert book.spelled_out("NASA") == "NASA"  # not spelled out here


def test_a_public_body_written_after_the_is_no_person_and_no_company():
    body = ("The outbreak tied to Harlow Creek Provisions has grown to 27 illnesses, the Centers for Disease Control "
            "and Prevention said Friday. The company said Friday that 900 workers have been laid off.")
    speakers = {claim.text: claim.speaker for claim in extract_claims(body) if claim.type == "quote"}
    assert speakers["The outbreak tied to Harlow Creek Provisions has grown to 27 illnesses"] == \
        "Centers for Disease Control and Prevention"
    assert speakers["900 workers have been laid off"] == "the company"


@pytest.mark.parametrize("phrase, kind", [
    # people by what they do, opening a sentence: unnamed, however they are capitalised
    ("Prosecutors", "anonymous"),
    ("Conservationists", "anonymous"),
    ("University officials", "anonymous"),
    ("Ministry officials", "anonymous"),
    # an organisation's name keeps its kind
    ("University of Hallmere", "organization"),
    ("Police", "organization"),
    ("the organisation", "organization"),  # as "the organization" or "the agency"
    # one person of a body named by its initials is unnamed too
    ("A USDA spokesperson in Washington", "anonymous"),
    ("An OEDC official", "anonymous"),
    # a group, then where or whose it is: the group, not the place
    ("Residents of Kipsoen", "anonymous"),
    ("Cashew farmers in Nangando district", "anonymous"),
    ("Officials at the Department of Transport", "anonymous"),
])
def test_groups_of_people_are_unnamed_sources(phrase, kind):
    assert speaker_kind(phrase, book=SpeakerBook()) == kind


def test_a_group_opening_its_sentence_reads_as_mid_sentence():
    claims = extract_claims("Prosecutors said the group had cloned the websites of at least four banks.")
    assert {claim.speaker for claim in claims if claim.type != "figure"} == {"prosecutors"}


@pytest.mark.parametrize("body, speaker", [
    ("Residents of the ash-buried villages of East Flores say they have yet to see any emergency aid.",
     "residents of the ash-buried villages of East Flores"),
    ("Cashew farmers in Nangando district say payments have finally started reaching their accounts.",
     "cashew farmers in Nangando district"),
    ("Analysts at Fenwick Capital said the rate cut would come in June.", "analysts at Fenwick Capital"),
    ("Kenyan farmers in Nakuru say the rains came late this year.", "Kenyan farmers in Nakuru"),  # a people's name
])
def test_a_group_of_a_place_or_a_company_is_the_group(body, speaker):
    claims = extract_claims(body)
    assert {claim.speaker for claim in claims if claim.type != "figure"} == {speaker}

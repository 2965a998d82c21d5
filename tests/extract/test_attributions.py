"""Attributions: who a statement is credited to, however the sentence places the source."""
import pytest

from factcheck.extract import extract_claims
from factcheck.extract.attributions import find_attributions


def attributions(body):
    return [c for c in extract_claims(body) if c.type == "attribution"]


@pytest.mark.parametrize(
    "body, source, kind",
    [
        # a relative clause or an appositive between the source and its verb
        ("Tarn Shipping, which operates 40 vessels, said freight rates fell.", "Tarn Shipping", "organization"),
        ("Olbrich Seeds, a Dutch seed supplier, said exports slowed.", "Olbrich Seeds", "organization"),
        ("Mira Osei, a tenant organizer, said rents rose 9%.", "Mira Osei", "person"),
        # a determiner, a role or a modifier before a trailing source
        ("Water use fell 8% last month, the regional Water Authority said.", "Water Authority", "organization"),
        ("The stadium will close in May, club president Ana Ruiz told the local paper.", "Ana Ruiz", "person"),
        # an organisation's initials or an abbreviated title before a trailing name
        ("No injuries had been reported, RCMP Cpl. Daniel Ouellette said.", "Daniel Ouellette", "person"),
        ("The road reopened at noon, RCMP spokesman Daniel Ouellette said.", "Daniel Ouellette", "person"),
        ("A plan will cost GH¢650 a month, Nyansa Orbit chief executive Kwabena Owusu-Ansah told a launch event.",
         "Kwabena Owusu-Ansah", "person"),
        ("Attendance rose to 21,000, both teams said on Sunday.", "both teams", "organization"),
        # documents that show, indicate or find
        ("Crossings rose 12% in March, agency data show.", "agency data", "document"),
        ("Unemployment fell to 4.1%, government figures indicated on Friday.", "government figures", "document"),
        # the author of a document stays with it
        ("Turnout was 58%, according to preliminary results from the Elections Board.",
         "preliminary results from the Elections Board", "document"),
        ("Hotel stays rose 6%, according to figures compiled by the visitors bureau.",
         "figures compiled by the visitors bureau", "document"),
        # forecasts credited to analysts, estimates to officials
        ("Analysts surveyed by Lipper had expected a loss.", "analysts surveyed by Lipper", "anonymous"),
        ("Officials estimated the repairs would cost $3 million.", "officials", "anonymous"),
        # an adverbial before the source
        ("In a statement, Corven Mining said output fell.", "Corven Mining", "organization"),
        # where, then who, with a role and an age
        ("At Thuy Duong station, retired teacher Pham Thi Lan, 68, said she had waited two hours.", "Pham Thi Lan",
         "person"),
        # a company's abbreviated suffix before a trailing verb, left off as it is elsewhere
        ("One train was held for 15 minutes, Hai Phong Metro Co. said.", "Hai Phong Metro", "organization"),
        # a relative clause that credits a source mid-sentence
        ("Snow is expected Friday, which forecasters said could close roads.", "forecasters", "anonymous"),
        ("The recall, which the company says could cost as much as $45m, covers 14 lots.", "the company",
         "organization"),
        ("Fares rose, a change that analysts at Keller Securities estimate will cost the line $3 million.",
         "analysts at Keller Securities", "anonymous"),
        # an estimate put at a number
        ("The county extension office put early crop losses at $18 million.", "The county extension office",
         "organization"),
        ("It is cheaper than the national average, which the College Pricing Council puts at $11,610.",
         "College Pricing Council", "organization"),
        ("Wheat rose 2%, though traders attributed most of the move to dry weather.", "traders", "anonymous"),
        ("Enrollment fell, which administrators attributed to visa delays.", "administrators", "anonymous"),
        ("The faculty union puts the real number of job losses closer to 260.", "The faculty union",
         "organization"),
        ("Industry modelling puts the loss in landed value at $19 million a year.", "industry modelling",
         "document"),
        # an estimate put at a number however long what is estimated; an adverb before the verb
        ("Norway's Directorate of Fisheries has put the number of salmon that escaped from the operator's Hestvika "
         "site at 54,000.", "Norway's Directorate of Fisheries", "organization"),
        ("Public health experts generally put the level needed to stop measles from spreading at 95%.",
         "health experts", "anonymous"),
        # a body by its short name in apposition
        ("Peru's banking regulator, the SBS, said it had warned the firm in 2023.", "the SBS", "organization"),
        # a body and where it is, in any Latin script, opening or closing the sentence
        ("The Regional Public Health Office in Žilina said 37 cases had been confirmed.",
         "Regional Public Health Office", "organization"),
        ("Two Germans are among the dead, the Foreign Office in Berlin confirmed.", "Foreign Office", "organization"),
        # at an amount given by a sign of letters, or "closer to" it
        ("Traders put their combined losses at KSh80m.", "traders", "anonymous"),
        ("Mlima Capital puts the value of delayed payments at closer to Sh5 billion.", "Mlima Capital",
         "organization"),
        # a name with its short form
        ("On Wednesday the Tenancy Standards Authority (TSA) reported that rents rose 7.9 per cent.",
         "Tenancy Standards Authority", "organization"),
        # more verbs of crediting
        ("Critics of the lottery note that residents spent $1.9 billion on tickets.", "critics of the lottery",
         "anonymous"),
        ("Some economists warn the state is leaning on reserves.", "some economists", "anonymous"),
        # a source described by a clause of its own
        ("A company executive who asked not to be named said the line had doubled cleaning.",
         "a company executive", "anonymous"),
        ("Industry insurers, speaking on condition of anonymity, said premiums would rise.", "industry insurers",
         "anonymous"),
        # the name after the verb, with its organisation
        ("Take-home pay could be roughly $332 million, estimates Harmon Tax Advisory.", "Harmon Tax Advisory",
         "organization"),
        ("Truckers are idle, said Denise Ruiz of the Harbor Truckers Coalition.", "Denise Ruiz", "person"),
        # a document that is the source, with what it came from and who wrote it
        ("City records reviewed by the Sentinel show that the building was cited.", "city records", "document"),
        ("A 2024 survey by the Road Race Medical Council found that 58% of marathons had no plan.",
         "A 2024 survey by the Road Race Medical Council", "document"),
        ("Costs are rising, a report by the Northfield Policy Center found.",
         "a report by the Northfield Policy Center", "document"),
        ("The recall covers 14 lots, according to a notice posted by the Food and Drug Safety Agency.",
         "a notice posted by the Food and Drug Safety Agency", "document"),
        ("Homicides fell, according to data from the Council on Urban Justice.",
         "data from the Council on Urban Justice", "document"),
        # a title's period inside the source
        ("Nine runners were in critical condition, according to Dr. Aaron Whitfield, the medical director.",
         "Aaron Whitfield", "person"),
        # a thousands separator is no clause break; a document keeps all its words
        ("A union survey of 1,250 members found that 62 per cent had considered quitting.",
         "a union survey of 1,250 members", "document"),
        ("It bought the property for $11.5 million, county property records show.", "county property records",
         "document"),
        ("Orders totaled about $1.1 billion, the summary showed.", "the summary", "document"),
        ("In a market update, the co-operative said collections fell 28 per cent.", "the co-operative",
         "organization"),
        # names with "for" and "&" in them
        ("The Ellery Institute for Labor Studies estimates that 41,000 workers will see higher pay.",
         "The Ellery Institute for Labor Studies", "organization"),
        ("The outage could cost $9 million a day, analysts at Harrow & Lane estimated.", "analysts at Harrow & Lane",
         "anonymous"),  # the group, unnamed, of the firm
        # a source described, then named; "per" as "according to"
        ("Deliveries are 40 per cent below last year's pace, according to its operator, Meseta Grain Terminals.",
         "Meseta Grain Terminals", "organization"),  # a business by its terminals
        ("About 350 people joined the clean-up, according to the organiser, Coastcare Tullin.", "Coastcare Tullin",
         None),
        ("The cooperative owes 38 billion pesos, according to its general manager, Rodrigo Uribe Llanos.",
         "Rodrigo Uribe Llanos", "person"),
        # one body named by two nouns joined, before or after what was said
        ("The cracked main will be replaced next month, the water and sanitation department said.",
         "the water and sanitation department", "organization"),
        ("The fire and rescue service said crews had reached the site.", "The fire and rescue service",
         "organization"),
        ("Ronsay remains the stronghold, though wardens say several slopes are now almost empty.", "wardens",
         "anonymous"),  # people by what they do, in a plural of their own
        ("Residents at a meeting in the community hall on Tuesday night said they had heard such promises before.",
         "residents", "anonymous"),  # when they spoke is no part of who spoke
        ("Nine people died, Indonesia's search and rescue agency said on Monday.",
         "Indonesia's search and rescue agency", "organization"),  # after a country's name as after "the"
        ("Turtles laid 146 nests, the provincial marine and coastal resources office said on Wednesday.",
         "the provincial marine and coastal resources office", "organization"),  # a word before, two after "and"
        ("Pollution was found downstream, according to the national geology and mining service.",
         "the national geology and mining service", "organization"),
        # a name after its role and title, then where they work, described
        ("Labour economist Dr. Harriet Gillis of Dalhousie Street Economics, a Halifax consultancy, said wages had "
         "lost about 9 per cent.", "Harriet Gillis", "person"),
        # a source described by a trade
        ("Her father, a daily-wage labourer, said the family had sold its goats.", "her father", "anonymous"),
        ("The sale drew $1.1bn of orders, according to the senior manager, Brackett & Lowe.", "Brackett & Lowe",
         "organization"),
        ("The shipyard, Nordvik Verft, said in a statement that it had traced the fault.", "Nordvik Verft", None),
        ("Its full claim would cost about £1.9 billion a year, ministers say.", "ministers", None),
        ("Startups often issue preferred shares, said Elaine Whitford, who teaches finance at Western Plains.",
         "Elaine Whitford", "person"),
        ("Councillors, however, said the authority could put no more than €500,000 towards it.", "councillors", None),
        ("Storms caused $41 billion in insured losses, per data from broker Linwood Re, a record.",
         "data from broker Linwood Re", "document"),
    ],
)
def test_sources_are_credited(body, source, kind):
    found = attributions(body)
    assert any(a.speaker == source and kind in (None, a.speaker_kind) for a in found), \
        [(a.speaker, a.speaker_kind) for a in found]
    assert all(body[a.start:a.end] == a.text for a in found)


def test_the_attribution_shows_where_the_words_were_given():
    found = attributions("The recall will cost $40 million, the company said in a regulatory filing Tuesday.")
    assert [(a.speaker, a.text) for a in found] == [("the company", "the company said in a regulatory filing")]
    found = attributions("In a statement, the Ministry of Health said the province had committed $750 million.")
    assert [a.text for a in found] == ["In a statement, the Ministry of Health said"]
    found = attributions("In March, the Ministry of Health said the province had committed $750 million.")
    assert [a.text for a in found] == ["the Ministry of Health said"]  # a time, not where the words were given
    found = attributions("Bramwell added $95 million in labor costs, and management said costs would stay high.")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("management", "organization")]


@pytest.mark.parametrize("body, cue, source", [
    ("Shares in Letsatsi Diamonds fell 11.4% on the exchange last week after the company said it would close a mine.",
     "the company said", "the company"),
    ("Carriers on the Serrano Canal are bracing for lighter loads after the canal authority said water levels would "
     "fall.", "the canal authority said", "the canal authority"),
])
def test_the_source_of_a_clause_of_time_that_closes_the_sentence(body, cue, source):
    assert [(a.text, a.speaker) for a in attributions(body)] == [(cue, source)]


@pytest.mark.parametrize("body, cue", [
    ("Kartli Stone's general manager, Zurab Tsiklauri, told AQR that the company had followed its blast design.",
     "Zurab Tsiklauri, told AQR"),
    ("Helen Carmody told The Australian Ledger the company had looked at selling the mine.",
     "Helen Carmody told The Australian Ledger"),
    ("Ana Ruiz told U.S. lawmakers the plan had failed.", "Ana Ruiz told U.S. lawmakers"),
    ("The chief executive told investors in May that margins would recover.", "The chief executive told investors"),
    ("The plan failed, a senior official told the Post.", "a senior official told the Post"),
    ("The inspector told the court the brakes had been disabled.", "The inspector told the court"),
    ("Public Advocate Renee Castellanos told Harrow Valley Public Radio her office would object.",
     "Public Advocate Renee Castellanos told Harrow Valley Public Radio"),  # whom, not the next clause's "her"
])
def test_the_attribution_shows_whom_the_words_were_told(body, cue):
    assert [a.text for a in attributions(body)] == [cue]


def test_a_capitalised_document_word_inside_a_name_is_part_of_the_name():
    found = attributions("The Institute for Fiscal Studies said growth would slow.")
    assert [a.speaker_kind for a in found] == ["organization"]


def test_it_said_takes_the_sentence_subject():
    found = attributions("The company shipped 9,000 units in the quarter, it said, and kept its outlook.")
    assert [(a.speaker, a.text) for a in found] == [("The company", "it said")]


def test_a_company_reporting_its_own_results_is_not_second_hand():
    own = attributions("Halden Motors reported revenue of $2 billion on Monday.")
    press = attributions("The Marlow Gazette reported that the mayor resigned.")
    assert own and own[0].speaker_kind == "organization"
    assert press and press[0].speaker_kind == "second_hand"


@pytest.mark.parametrize(
    "sentence",
    [
        "The film shows a family falling apart.",
        "Police found a body near the river.",
        "Hikers found that the trail was closed.",
        # the review found, not the commissioner named in it
        "The review, commissioned by the police commissioner, Angela Marsh, found that the force met its target.",
        "The company expected sales to fall.",
        "The forecast is expected to change.",
        "The plan, which passed, works.",
        # a speech verb inside a quote is the quote's word
        'He was blunt about the outlook: "Nobody believes that capacity number yet."',
        # a cause named by a participle
        "Losses attributed to the storm reached $4 million.",
        # one of a count, before a word that may be a verb
        "It was one of 16 projects funded despite falling below the cut-off.",
    ],
)
def test_no_source_where_none_is_credited(sentence):
    assert find_attributions(sentence) == []


def test_appositive_search_is_linear():
    import time

    def timed(n):
        body = "Aa Bb, a maker, " * n + "said it."
        started = time.perf_counter()
        extract_claims(body)
        return time.perf_counter() - started

    small, large = timed(2000), min(timed(8000) for _ in range(2))  # the best of two: a pause is no slowdown
    assert large < max(12 * small, 0.5)


@pytest.mark.parametrize("body, source", [
    # a group or organisation after a clause, with what follows the verb
    ("The mill will shut two lines, the company said alongside its results.", "the company"),
    ("Power was cut to 9,000 homes, county emergency officials said on Sunday.", "emergency officials"),
    ("Ballots backed the strike 3 to 1, union leaders said.", "union leaders"),
    # a description before a named source; analysts speaking for their firm
    ("Losses could reach $2 billion, risk modeler Calder Analytics estimated on Monday, a record.",
     "Calder Analytics"),
    ("The club must sell players, analysts at Orrin Sports Finance estimate.", "analysts at Orrin Sports Finance"),
    ("Analysts at Pell & Co. said the drug could sell well.", "analysts at Pell & Co"),  # as it reads mid-sentence
    # a person named after a role written in lower case
    ("Forty were treated, according to hospital spokeswoman Lena Ortiz.", "Lena Ortiz"),
    ("Fines kept people away, said chief librarian Priya Raman.", "Priya Raman"),
    ("Asked about the gap, fund spokesperson Carl Ditmer said the money was set aside.", "Carl Ditmer"),
    ("Six more arrests followed, a spokesman for the prosecutor's office said, describing an 18-month probe.",
     "a spokesman for the prosecutor's office"),
    # documents that show and find
    ("Prices sit 1% below the record set in 2022, the index shows.", "the index"),
    ("Silt washed into the pipe for months, the assessment by Harlan & Voss Engineering found.",
     "the assessment by Harlan & Voss Engineering"),
    # the source opening a clause of its own
    ("Shares rose 8%, after the company reported that its pill worked.", "the company"),
    ("Still, a person involved in the talks said the deal was close.", "a person involved in the talks"),
    ("Prices held, but dealers say demand is weak.", "dealers"),
    # a relative clause whose subject is the source
    ("Profit beat the $1.09 that analysts polled by Lipper had expected.", "analysts polled by Lipper"),
    ("Coverage is 87%, below the 95% that experts say is needed.", "experts"),
    # a verb before the name, outside quotes
    ("Ranchers have sold 15% of their herds, said county extension agent Rosa Delmar.", "Rosa Delmar"),
    # an organisation that expects, a group that counted, a name in apposition
    ("The state Department of Agriculture expects a smaller harvest.", "Department of Agriculture"),
    ("County assessors have so far counted 2,000 damaged homes.", "county assessors"),
    ("Its chief inspector, Alan Moor, said the inquiry would take months.", "Alan Moor"),
    # a number inside the clause between a name and its verb
    ("Harlan Power, whose outages peaked at 212,000 customers, said crews were working.", "Harlan Power"),
    # documents with their authors
    ("Tracking data from ShipWatch show the ferry was speeding.", "Tracking data from ShipWatch"),
    ("Mines were cited 73 times, according to records from the federal Mine Safety and Health Administration.",
     "records from the federal Mine Safety and Health Administration"),
    # a group of people or agencies (a plural in -ies), a document in the plural
    ("Gas units tripped offline in the heat, market participants said.", "market participants"),
    ("Bulk carriers are splitting cargoes to stay within the limit, shipbrokers said.", "shipbrokers"),  # compound
    ("The hospital has cancelled 62 planned operations, hospital bosses have confirmed.", "hospital bosses"),
    ("A full replacement can cost up to $40,000, homeowners say.", "homeowners"),
    # a company's suffix with its full stop
    ("TORONTO (CFW) — Northcrest Gold Corp. said Wednesday it produced 184,300 ounces.", "Northcrest Gold"),
    ("Weather bureau observations show the temperature fell to minus 5.1 degrees.", "bureau observations"),
    ("Aid agencies said the roads were blocked.", "aid agencies"),  # as in running text
    ("The firm recalled 130,000 units in 2023, federal recall notices show.", "federal recall notices"),
    # a source described by a relative clause or a participle, before its verb or closing the sentence
    ("A trader at a New York brokerage who asked not to be named says the market expects a cut.",
     "a trader"),
    ("Humanitarian agencies responding to Sunday's earthquake say shelter is the gap.", "humanitarian agencies"),
    ("The award will be cut on appeal, defense lawyers who follow product litigation said this week.",
     "defense lawyers"),
    # names with "and", a long role before a name, a name before ", and", an author after a day, groups in -ists
    ("In the trial, 32 of 37 patients improved, the Food and Drug Administration said.",
     "Food and Drug Administration"),
    ("Sound Link chief executive Amara Chen said the ferries had passed inspection.", "Amara Chen"),
    ("About 14,000 coho returned last year, said fisheries manager Leona Smallboy, and she fears for them.",
     "Leona Smallboy"),
    ("Traffic dropped 7.2%, according to data released Monday by the Narrows Crossing Authority.",
     "data released Monday by the Narrows Crossing Authority"),
    ("A Roman villa has been found, archaeologists said on Tuesday.", "archaeologists"),
    ("The range lost 1.43 cubic kilometres of ice, the observatory calculates.", "the observatory"),
    # a source after a colon, a source in a clause opened by "what"
    ("The bigger hit is the generic clause: analysts at Tessary Capital estimate sales could fall 60 per cent.",
     "analysts at Tessary Capital"),
    ("The river rose towards what forecasters warned could be a record flood.", "forecasters"),
    # a group at an organisation with a long name
    ("Officials at the Department of Health and Social Care said waits fell.",
     "officials at Department of Health and Social Care"),
    # one unnamed source after the verb, as written
    ("The halls are built for up to 130kW, said a person involved in the design who was not authorised to "
     "speak publicly.", "a person involved in the design who was not authorised to speak publicly"),
    # those who examine find, as documents do
    ("Fines brought in $41.7 million in 2025, the city's auditor general found.", "the city's auditor general"),
    ("The watchdog found that violence had climbed.", "The watchdog"),
    ("The hospital pays $740,000 a year in fees, the Brackett & Lowe review said.", "the Brackett & Lowe review"),
    ("AVARU, Vaitare (OPA) — Health authorities on the Pacific island of Vaitare said Monday that cases rose.",
     "health authorities"),  # after a dateline
    ("Gusts reached 90 kilometres an hour, and fire crews say those conditions drove the blaze.", "fire crews"),
    ("An asthma specialist at Keswick Flat hospital, who asked not to be named because she was not authorised "
     "to speak publicly, said the ward was full.", "An asthma specialist at Keswick Flat hospital"),
    ("Patients face the longest waits in the district, a damning state audit has revealed.",
     "a damning state audit"),
    ("It will pass 48 million kilometres from Earth, astronomers insist.", "astronomers"),
    ("The Competition Standards Authority found that the chain colluded.", "Competition Standards Authority"),
    # the subject before a participle phrase or the name after a role of something
    ("The Yes on W campaign, backed by a coalition of unions, said higher pay would be spent locally.",
     "The Yes on W campaign"),
    ("The National Retail Guild's survey, released this week, found that online purchases rose.",
     "The National Retail Guild's survey"),
    ("The operator of the 27-kilometre road, Eirway Concessions, said the increase reflected inflation.",
     "Eirway Concessions"),
    ("The city's rental operator, Glide Mobility, said its riders logged about 410,000 trips.", "Glide Mobility"),
    ("Firefighters found the gas in a basement plant room, a Fire and Rescue spokesman said.",
     "a Fire and Rescue spokesman"),
    # credited in the passive, and blamed
    ("The festival's impact has been estimated at $46 million a year by researchers at Bellmont State University.",
     "researchers at Bellmont State University"),
    ("The report blamed a 31 percent rise in structural steel prices.", "the report"),
    # a finding credited to a name, not to anyone who merely found something
    ("Ofgem found that Harwick had moved 38,400 households onto prepayment meters.", "Ofgem"),
    ("The Care Standards Office found more than 1,100 nursing vacancies across the trust.", "Care Standards Office"),
    # a source that did something first and said something after; one person described at length
    ("Environmental groups welcomed the campaign but said enforcement had to be sustained.",
     "environmental groups"),
    ("Mayor Rosaria Di Lauro declared three days of mourning and said the factory had no licence.",
     "Rosaria Di Lauro"),
    ("A farmer who asked not to be named for fear of prosecution said his plot had been cut off.", "a farmer"),
    # a relative clause of place, or about some of the source, between it and its verb
    ("Villagers in Kusumdihi, where three people have died since June, say the nearest hospital was 58 km away.",
     "villagers in Kusumdihi"),
    ("Farmers in the area, many of whom grow tomatoes for export, say the crackdown threatens their livelihoods.",
     "farmers"),
    # people of a place or a street, however long its name; not the place
    ("Prosecutors in Santa Maria Capua Vetere believe roughly 1.3 tonnes of explosives were stored there.",
     "prosecutors in Santa Maria Capua Vetere"),
    ("Shopkeepers in Sallowfield said sales fell by a third.", "shopkeepers in Sallowfield"),
    ("Apple growers in the upper Rudhana valley say 40% of the crop is lost.", "apple growers"),
    # told at some length to whom; on what terms
    ("The school's 412 students will be bused to two schools, director Dr. Paul Gaudet told a packed meeting in the "
     "school gym.", "Paul Gaudet"),
    ("The ward was full and stocks of the serum ran out, a doctor at the hospital said on condition of anonymity.",
     "a doctor at the hospital"),
    # two groups together; a day named by a word
    ("Prices slumped to a 20-month low, traders and economists say.", "traders and economists"),
    ("Tests cost exporters 3,500 baht per sample, one laboratory manager said.", "one laboratory manager"),
    ("About 2,300 families have been affected, said Huaylluma's mayor, Celestino Mamani.", "Celestino Mamani"),
    ("A ministry spokesman in Lima said distribution would speed up.", "A ministry spokesman in Lima"),
    ("The paper was circulated before the exam, education officials said yesterday.", "education officials"),
])
def test_more_ways_of_crediting_a_source(body, source):
    found = attributions(body)
    assert any(a.speaker == source for a in found), [a.speaker for a in found]
    assert all(body[a.start:a.end] == a.text for a in found)


def test_the_organisation_named_after_according_to_is_the_whole_name():
    found = attributions("Rain totals hit 14 inches, according to the National Weather Service.")
    assert [(a.speaker, a.text) for a in found] == [("National Weather Service",
                                                     "according to the National Weather Service")]
    found = attributions("Cooks are owed 870 million naira, according to the Ondo chapter of the National "
                         "Association of School Feeding Vendors.")  # however long the name
    assert [a.text for a in found] == ["according to the Ondo chapter of the National Association of School Feeding "
                                       "Vendors"]


def test_one_of_them_closing_a_sentence_is_a_source_and_one_of_a_count_is_none():
    assert [a.speaker for a in attributions("The striker earns R$420,000 a month, one of them said.")] == \
        ["one of them"]
    assert attributions("It was one of 16 projects reported to be late.") == []


def test_a_body_named_in_lower_case_of_a_place_is_the_whole_body():
    found = attributions("The regional government of Antofagasta said it had asked for a mediator.")
    assert [(a.speaker, a.text) for a in found] == [("The regional government of Antofagasta",
                                                     "The regional government of Antofagasta said")]
    found = attributions("Separately, Nepal's embassy in Kuala Lumpur said it was helping 140 workers.")  # ... or in it
    assert [a.speaker for a in found] == ["Nepal's embassy in Kuala Lumpur"]


def test_reported_speech_cued_by_a_pronoun_is_credited_to_the_person():
    body = ("\"We are hauling water,\" said County Commissioner Tom Brandt. He said the county had spent "
            "$85,000 on deliveries.")
    found = attributions(body)
    assert [(a.speaker, a.text) for a in found] == [("Tom Brandt", "said County Commissioner Tom Brandt"),
                                                    ("Tom Brandt", "He said")]


def test_reported_speech_cued_by_it_is_credited_to_the_organisation_it_stands_for():
    body = ("Lumos Semiconductor said the plant would use 20 million litres of water a day. In a filing, it said 80 "
            "per cent would be recycled.")
    assert [(a.speaker, a.text) for a in attributions(body)] == [
        ("Lumos Semiconductor", "Lumos Semiconductor said"), ("Lumos Semiconductor", "In a filing, it said")]
    # not a cue inside a clause of its own
    body = ("Corvid Labs said the gang was active. The GreyMantis gang has begun publishing data it says came from the "
            "trust.")
    assert not [a for a in attributions(body) if "it says" in a.text]


@pytest.mark.parametrize("sentence", [
    "The company expected sales to fall.",
    "Economists at Lakeview University said in a report that prices rose.",
])
def test_nouns_and_companies_expecting_are_no_sources_of_their_own(sentence):
    assert all(a.verb != "report" for a in find_attributions(sentence))
    assert "The company" not in [a.speaker for a in find_attributions(sentence) if a.verb == "expected"]


def test_a_group_of_people_by_what_they_do_expects_as_a_source():
    assert [a.speaker for a in attributions("With no major release for three weeks, trade watchers expect a long "
                                            "run.")] == ["trade watchers"]
    assert attributions("The cap will run for 26 weeks, with suppliers expected to fund roughly £20m of it.") == []


@pytest.mark.parametrize("body", [
    "The institute aims to settle straightforward claims below €5,000 within six weeks.",
    "Contents and business-interruption claims can arise at the margins.",
    "Insurers could face claims of more than $100 million.",
    "The council has declared a catastrophe, which fast-tracks the handling of claims.",  # after a preposition
])
def test_claims_as_a_noun_credit_no_source(body):
    assert [c.type for c in extract_claims(body) if c.type != "figure"] == []


@pytest.mark.parametrize("body, source", [
    ("The final report of the auditors puts the shortfall at 268 million pesos.", "the final report"),
    ("The new estimate, published on Monday, adds 14 months to the schedule.", "the new estimate"),
    # a plural without its "s" is a subject the plain form agrees with
    ("The data show a 12% rise in admissions.", "the data"),
])
def test_a_determiner_and_one_word_before_a_document_noun_credit_the_document(body, source):
    assert [a.speaker for a in attributions(body)][:1] == [source]


def test_a_document_noun_closing_a_sentence_is_no_closing_cue():
    claims = extract_claims("Customers were without power, according to figures compiled from distributor reports.")
    assert [c.type for c in claims if c.type != "figure"] == ["attribution"]  # the figures, no quote


@pytest.mark.parametrize("body", [
    "Shares rose 5 per cent, to $12 per share.",
    "Earnings came to $1.07 per share, per cent changes aside.",
    "Wind gusts hit 60 miles per hour.",
])
def test_per_in_a_rate_credits_no_one(body):
    assert attributions(body) == []


@pytest.mark.parametrize("body", [
    "Officials have yet to say how running costs will be met.",
    "The region's recovery money, £4.5m announced by ministers in July, is meant to fund extra clinics.",
])
def test_a_speech_verb_that_states_nothing_credits_no_one(body):
    assert [claim.type for claim in extract_claims(body) if claim.type != "figure"] == []


@pytest.mark.parametrize("sentence, source", [
    ("The court heard that Furlong moved money from his firm's client account.", "The court"),
    ("The fund has paid out €1.6 million to 38 clients, the court was told.", "the court"),
    ("The inquest has heard the ambulance took 40 minutes.", "the inquest"),
])
def test_what_a_hearing_heard_is_credited_to_the_hearing(sentence, source):
    assert [a.speaker for a in attributions(sentence)] == [source]


def test_hearing_a_noise_credits_no_one():
    assert attributions("Residents heard a loud bang before the fire.") == []


@pytest.mark.parametrize("sentence, source", [
    ("A toddler was hurt near Augsburg in July, Abendkurier has learned.", "Abendkurier"),
    ("Lab & Pharma Ireland understands that three drug makers are partners.", "Lab & Pharma Ireland"),
    ("But The Sentinel can reveal that the council paid twice.", "The Sentinel"),
    # ... or closing the sentence after a comma
    ("The company has paid out 900,000 kroner in bounties, Kveldsavisa understands.", "Kveldsavisa"),
    ("The club owes £4 million to the taxman, the Thistle understands.", "the Thistle"),
    # what someone understands is no finding unless it is a clause
    ("Maria Lopez understands the risks.", None),
    ("Nobody understands.", None),
])
def test_what_a_publication_found_out_is_credited_to_it(sentence, source):
    found = [claim for claim in extract_claims(sentence) if claim.type == "attribution"]
    assert [(claim.speaker, claim.speaker_kind) for claim in found] == ([(source, "organization")] if source else [])


@pytest.mark.parametrize("sentence, sources", [
    ("Analysts at Corbel Lane Advisors said insurance claims could top $40 million.",
     ["Analysts at Corbel Lane Advisors"]),
    ("It exposed a design choice that engineers inside Dalbit say they had warned about for years.",
     ["engineers inside Dalbit"]),
    ("Aid officials said they expected the toll to rise.", ["Aid officials"]),
])
def test_a_verb_inside_what_a_source_said_credits_no_second_source(sentence, sources):
    assert [a.speaker for a in find_attributions(sentence)] == sources


def test_a_pronoun_after_an_unnamed_source_credits_that_source_as_written():
    found = attributions("A BPB spokeswoman said no final decisions had been taken. She said redundancy costs were "
                         "estimated at £59 million.")
    assert [(a.speaker, a.speaker_kind, a.text) for a in found] == [
        ("A BPB spokeswoman", "anonymous", "A BPB spokeswoman said"), ("A BPB spokeswoman", "anonymous", "She said")]


@pytest.mark.parametrize("body, source", [
    ("Two infants were referred to the hospital, a doctor there said.", "a doctor"),
    ("The gang stole 1,100 cattle, a court in northern NSW has heard.", "a court in northern NSW"),
    ("CADE will have up to 330 days to decide, Rede Horizonte was told by a lawyer who specialises in competition "
     "cases.", "a lawyer"),
    ("He ran four care homes in the town, Hartsford Crown Court heard.", "Hartsford Crown Court"),
    ("Police have registered a case against the hospital, a senior police officer in Alwar said.",
     "a senior police officer in Alwar"),
    # a group, or one of it, by where or for whom it speaks, closing the sentence
    ("French police arrested two men in the Doubs department, prosecutors in Besançon said.",
     "prosecutors in Besançon"),
    ("The league has agreed to pay $31.5 million to settle the lawsuit, lawyers for both sides said Tuesday.",
     "lawyers for both sides"),
    ("Andina Litio has 90 days to present a plan, a spokesman for the regulator in Antofagasta said.",
     "a spokesman for the regulator in Antofagasta"),
])
def test_sources_by_where_they_are_or_told_in_the_passive(body, source):
    assert [a.speaker for a in attributions(body)] == [source]

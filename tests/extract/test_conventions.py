"""Bare dollars and degrees take the unit their article means."""
import pytest

from factcheck.extract import extract_claims


def units(body):
    return [(claim.text, claim.figure.unit) for claim in extract_claims(body) if claim.type == "figure"]


@pytest.mark.parametrize("body, surface, unit", [
    ("Tasvale will spend A$1.2 billion on a battery. It also set aside $8.5 million for workers.", "$8.5 million",
     "AUD"),
    ("PORT HALDEN, Ont. (NPA) — The library wrote off $1.1 million in fines.", "$1.1 million", "CAD"),
    ("The fund, valued in Canadian dollars, lost $1.9 billion last year.", "$1.9 billion", "CAD"),
    ("The county spent $1.1 million on repairs.", "$1.1 million", "USD"),  # nothing says otherwise
    ("It paid A$40 million and C$12 million, then $3 million more.", "$3 million", "USD"),  # two: no guess
    ("The J$6.2 billion pier, built for US$40 million, will bring $900 million a year.", "$900 million", "JMD"),
    ("SYDNEY (Austral Press Service) — Tasvale will close the plant and pay $8.5 million.", "$8.5 million", "AUD"),
    # written the British way, in one country that writes "$"
    ("Fines fell 40 per cent after Canadian libraries dropped them, saving $31 million.", "$31 million", "CAD"),
    ("Fines fell 40 percent after Canadian libraries dropped them, saving $31 million.", "$31 million", "USD"),
    ("Officers of the Sûreté du Québec and the community centre got $25,000.", "$25,000", "CAD"),  # in French
    ("A new Montréal arena will cost $12 million.", "$12 million", "CAD"),
    ("Visitors will pay $45, though New Zealanders get in free, a 40 per cent rise.", "$45", "NZD"),
    ("An audit in Kellerton, Ont., found the city took in $47.1m from parking fines.", "$47.1m", "CAD"),
    ("The provincial Labour Ministry set aside $12 million for retraining.", "$12 million", "CAD"),
    ("The province set aside R48m ($2.7m) for the campaign.", "$2.7m", "USD"),  # a province of rand
    ("The province released 5 billion dong ($196,000) in emergency funds.", "$196,000", "USD"),  # ... of dong
    ("The package, worth S/ 42 million or about $11 million, reaches the province.", "about $11 million", "USD"),  # soles
    ("Patients of a Brisbane IVF clinic were told on Monday. Treatment costs up to $14,000.", "up to $14,000",
     "AUD"),  # a large city of one country
    ("Angry locals in a tiny B.C. village want answers. The cleanup will cost $350 million.", "$350 million",
     "CAD"),  # a province by its abbreviation
    ("Parents protested the plan to close a $38.6-million hole. The board holds $9.5 million.", "$9.5 million",
     "CAD"),  # millions joined to their amount, as Canadian papers write them
    ("The lawsuit seeks $38.6-million in damages, 12 percent of sales.", "$38.6-million", "USD"),  # ... US spelling
    ("KAIWHENUA, New Zealand (Pacific Newswire) — Farmers lost $300 million.", "$300 million", "NZD"),
    # datelined in a country of its own money, a "$" is the US dollar, whatever other country it names
    ("MONTERREY, Mexico, April 22 (Americas Newswire) - Hallsund opened a $410 million factory, its first outside "
     "Canada, the company's favourite market.", "$410 million", "USD"),
    ("Crews along the NSW south coast have spent $1.2 million.", "$1.2 million", "AUD"),
    ("The Victorian Government will provide $2.5 million in emergency support.", "$2.5 million", "AUD"),
    # a state's government in an article written the British way: Australia's
    ("State Health Minister Natalie Okonjo said the government would spend $4.5 million, up 20 per cent.",
     "$4.5 million", "AUD"),
    ("The state government said the fund of $4.5 million was up 20 percent.", "$4.5 million", "USD"),
    # a state whose money is pesos
    ("The state government will pay each family 5,000 pesos; the contractor is paid 46 million dollars a year, "
     "up 20 per cent.", "46 million dollars", "USD"),
    # a company named for its country, and nautical miles, which say nothing of the way an article is written
    ("Strait Crossings NZ's new ferry will cross 50 nautical miles. The terminal cost $60 million.",
     "$60 million", "NZD"),
    # an article that leads with the one country it is about
    ("Australian pharmacists must clear four batches of Cardexa. The scheme spent $11.4 million on it.",
     "$11.4 million", "AUD"),
    # a New Zealand city's dateline, te reo Māori, a Māori place name with its macrons; Hawaii's are not
    ("WELLINGTON (PPA) — The council approved a $186 million overhaul of its pipes.", "$186 million", "NZD"),
    ("Families moved to marae as the roading bill reached $3.8m.", "$3.8m", "NZD"),
    ("A new treatment plant at Kōura Flats is part of the $186m programme.", "$186m", "NZD"),
    ("The Kīlauea lava flow in Hawaii destroyed $40 million of homes.", "$40 million", "USD"),
    # nor Japanese written with its macrons, in letters te reo lacks
    ("A sword sold at Kōyōdō in Hyōgo for $1.2 million.", "$1.2 million", "USD"),
    # the words of a country's public life, in an article written the British way
    ("Coun. Marguerite Osei said the line, 40 per cent over budget, now needs $410 million.", "$410 million", "CAD"),
    ("Tradies lost 2.1 per cent as their super fund wrote down $9 billion.", "$9 billion", "AUD"),
    ("Bushfire crews, 40 per cent of them volunteers, were paid $1.2 million.", "$1.2 million", "AUD"),
    ("The $6 million aquatic centre got $1.2 million from Barrunga Shire Council.", "$6 million", "AUD"),
    ("Almost 70 per cent of the fund, $82 million, landed in target electorates.", "$82 million", "AUD"),
    # and in an article that spells neither way
    ("Coun. Gerald Haines voted against taking $4.5 million from the reserve.", "$4.5 million", "CAD"),
    ("Coun. Gerald Haines voted against the $4.5 million, 40 percent more than staff proposed.", "$4.5 million",
     "USD"),
    # Canada's stock exchange
    ("The outage will cost about $45 million, and its shares fell 6.5% on the Toronto Stock Exchange.",
     "about $45 million", "CAD"),
    # the Fiji dollar's sign, and Fiji's islands in an article written the British way
    ("Growers lost F$95 million, and the government put damage at $120 million.", "$120 million", "FJD"),
    ("Up to 40 per cent of the cane on Vanua Levu was lost; damage stands at $120 million.", "$120 million", "FJD"),
    # a region or a town of one country only, which a local paper names instead of its country
    ("Growers across the Riverina lost 40 per cent of their crop, worth $38 million.", "$38 million", "AUD"),
    ("The Tauranga port strike has cost exporters $12 million, 30 per cent more than feared.", "$12 million", "NZD"),
    ("Yellowknife will spend $48 million, 15 per cent of its budget, on the airlift.", "$48 million", "CAD"),
])
def test_a_bare_dollar_is_the_dollar_its_article_names(body, surface, unit):
    assert dict(units(body))[surface] == unit


@pytest.mark.parametrize("body, surface, unit", [
    ("Shoppers paid up to €6 a bottle for wine that cost around 60 cents a litre.", "around 60 cents", "EUR"),
    ("Shoppers paid up to $6 a bottle for wine that cost around 60 cents a litre.", "around 60 cents", "USD"),
    ("Riders paid 2 euros, or 40 cents more, after the dollar fell.", "40 cents", "USD"),  # a dollar named too
])
def test_bare_cents_are_the_cents_of_the_article_s_money(body, surface, unit):
    assert dict(units(body))[surface] == unit


def test_a_province_named_at_a_sentence_start_reads_canadian():
    body = ("Brigham Lake Elementary will close for the year, the regional centre said. The province had listed it "
            "for a $4.2-million roof upgrade.")
    assert dict(units(body))["$4.2-million"] == "CAD"


@pytest.mark.parametrize("body, surface, unit", [
    ("A fire in a karaoke bar in Vietnam's Binh Duong killed 14; the provincial government gave each family $1,200.",
     "$1,200", "USD"),
    # a Canadian story may name the countries its exports go to
    ("Lobster sales to China fell, and the provincial fisheries minister in Halifax, Nova Scotia, pledged $4 million.",
     "$4 million", "CAD"),
])
def test_provinces_are_canada_s_unless_the_article_names_another_country_s(body, surface, unit):
    assert dict(units(body))[surface] == unit


def test_a_dollar_said_to_be_american_stays_one():
    found = dict(units("Tasvale will spend A$1.2 billion, or US$790 million, on a battery."))
    assert found["US$790 million"] == "USD"


@pytest.mark.parametrize("body, surface, unit", [
    ("Temperatures climbed to 88 degrees during the race, and 62 runners needed treatment.", "88",
     "degree fahrenheit"),
    ("The mercury climbed to 44.7 degrees and water use hit 1.12 billion litres, up 30 per cent.", "44.7",
     "degree celsius"),
    ("Avalanches start on slopes steeper than 38 degrees, the centre said.", "38", "degree"),  # an angle
    ("Tickets cost €40, and the stall kept food at 5 degrees.", "5", "degree celsius"),  # money not in dollars
    ("Losses reached NT$186m, and lows of around 10 degrees are expected.", "around 10", "degree celsius"),
    # degrees a university awards
    ("He allegedly sold more than 3,000 fake degrees from a cramped office.", "more than 3,000", "academic degree"),
    ("The academy awarded 1,200 degrees last year, up 20 percent.", "1,200", "academic degree"),
    ("It was 30 degrees in the shade, up 20 percent on Monday.", "30", "degree fahrenheit"),
])
def test_bare_degrees_are_read_as_the_article_writes(body, surface, unit):
    assert dict(units(body))[surface] == unit


@pytest.mark.parametrize("body, surface, unit", [
    ("The seawall is 6.2m high, up 5 per cent on the plan.", "6.2", "metre"),
    ("It will build a 6.2m-high wall.", "6.2", "metre"),  # nothing says American
    ("The seawall is 6.2m high, 40 percent of it concrete.", "6.2", "meter"),  # written the American way
    ("The road runs 6.4 kilometers, up 5 per cent.", "6.4", "kilometer"),  # spelled out: as written
    ("Lead was 3.5 micrograms per deciliter, up 5 per cent.", "3.5", "microgram per deciliter"),
    ("The tram line runs 6.4km, up 5 per cent on the plan.", "6.4", "km"),  # a symbol of more letters: as written
    ("Just 142mm of rain has fallen since October.", "Just 142", "mm"),
])
def test_a_one_letter_metric_symbol_is_spelled_as_its_article_would(body, surface, unit):
    assert dict(units(body))[surface] == unit


@pytest.mark.parametrize("body, unit", [
    ("Chile's regulator fined the utility 14 billion pesos.", "CLP"),
    # a region or a larger city names the country where the town the story is set in would not
    ("A spokesman for the regulator in Antofagasta said the fine was six billion pesos.", "CLP"),
    ("Mills in Treinta y Tres have lost 400 million pesos.", "UYU"),
    ("Growers in Petorca were fined 35 million pesos a month.", "CLP"),
    ("Teachers in Rio Negro were offered 787,000 pesos.", "ARS"),  # written without its accent
    ("Daycare centres across Jutland need 28 million kroner a year.", "DKK"),
    ("The telecom's Mindanao subscribers will get 500 pesos in credit.", "PHP"),
    ("Flooding in Chitwan destroyed crops worth Rs 500 million.", "NPR"),
    ("Mexico's growers sold avocados for 95 pesos a kilo.", "MXN"),
    ("In Copenhagen, the airline owed 34 million kroner.", "DKK"),
    ("The Norwegian power price hit 1.42 kroner.", "NOK"),
    ("Morocco's exporters lost 95 million dirhams.", "MAD"),
    ("Each family in the Fez medina will receive 20,000 dirhams.", "MAD"),  # a city names the country
    ("Karachi's port lost 40 million rupees.", "PKR"),
    ("PESHAWAR, Pakistan - The province released Rs2.5 billion for relief.", "PKR"),  # the rupee's sign
    ("In Bogotá, workers were paid between 300,000 and 500,000 pesos.", "COP"),  # a range's low end
    ("Quake relief in Khyber Pakhtunkhwa will cost Rs3.5 billion.", "PKR"),  # a province names the country
    ("Cairo's Economic Court fined the developer 150 million pounds.", "EGP"),  # pounds of a country of its own
    ("London investors raised 3.2 million pounds.", "GBP"),
    ("In Buenos Aires, the importer paid 300 Mexican pesos a kilo.", "MXN"),  # the country named with the money
    ("Farmers in Morogoro, Tanzania, are owed 14.2 billion shillings.", "TZS"),
    ("Kenya's millers lost 3 billion shillings.", "KES"),
    ("MTWARA, Tanzania - Growers are owed Sh23.7 billion for their nuts.", "TZS"),  # the shilling's sign
    ("A farmer in Mafraq, Jordan, paid a middleman 1,500 dinars.", "JOD"),
    ("Offenders in Jordan face fines of up to JD20,000.", "JOD"),  # the dinar's sign names its country
    ("Rwanda's growers sold coffee for 4,000 francs a kilo.", "RWF"),
    ("Qatar's ministry paid 60 million riyals.", "QAR"),
    ("Drivers at the Zábřeh depot earn 38,900 crowns a month.", "CZK"),  # letters only Czech writes
    ("KAMPALA, Uganda - Mobile money agents earn about Shs 200 on each transfer.", "UGX"),  # "Shs" too
    ("Zambia's revenue authority says the mine owes K13.2 billion in royalties.", "ZMW"),  # the kwacha's "K"
    ("Malawi's tobacco farmers were paid K1.2 billion last season.", "MWK"),
    ("The wildlife department in Gaborone has paid P2.4 million to farmers near Maun.", "BWP"),  # the pula's "P"
    ("RATNAPURA - The Rs. 14.2 billion interchange opened 21 months late.", "LKR"),  # a dateline in capitals
    ("Women in the Kairouan region wait months; a new unit costs 1.2 million dinars.", "TND"),
    ("Survivors who boarded at Masbate City said they paid 450 pesos each.", "PHP"),  # a province, a city
    ("Growers around Mbarara say the union owes them Shs 15 million.", "UGX"),
    ("Workers at the Liberec plant are owed about 240 million crowns.", "CZK"),
    ("The family in Bălți will receive 50,000 lei from the government.", "MDL"),  # Moldova's leu
    ("In Cluj the fine was 50,000 lei.", "RON"),
    ("Producers from the departments of Florida and Durazno are owed about 270 million pesos.", "UYU"),
    ("Villagers in Mchinji lost K1.2bn to the scheme, and the fertiliser went to Zambia.", "MWK"),
    # another amount in one country's own sign or code says whose the shared word is, though a neighbour is
    # named as often
    ("The Kenyan operator loses Sh135 million a day. Riders normally pay TSh 650 a ride.", "TZS"),
    ("Its Norwegian buyer offered 40 million crowns for the glassworks, which owes CZK 120 million.", "CZK"),
    # the country named most often, or first
    ("Argentina's rail workers want 350,000 pesos; Argentine grain goes by rail, Chile's by road.", "ARS"),
    ("Chile's court ordered the state to pay 400 million pesos, as Colombia did in 2022.", "CLP"),
    # a region or a city of one country only, which a local paper names instead of its country
    ("Traders in Tunja lost 4,800 million pesos.", "COP"),
    ("Farmers in the Huasco valley were fined 35 million pesos.", "CLP"),
    ("The court in Paraná ordered 6.9 billion pesos repaid.", "ARS"),
    ("Shops in Maldonado lost 82 million pesos.", "UYU"),
    ("Families in Okara were promised Rs 10 lakh each.", "PKR"),
    ("The flood in Dolakha destroyed homes worth Rs 40 million.", "NPR"),
    ("Fishers in Chilaw lost Rs 2 million in a week.", "LKR"),
    ("Homeowners on the Limfjord face repairs of 90 million kroner.", "DKK"),
    ("Hail in Santa Rita de los Llanos, Guanajuato, cost growers 120 million pesos.", "MXN"),
    ("Ranchers in the Llanos were owed 22 billion pesos.", "COP"),
])
def test_a_currency_word_several_countries_use_is_the_named_country_s(body, unit):
    assert [claim.figure.unit for claim in extract_claims(body) if claim.type == "figure"][:1] == [unit]


@pytest.mark.parametrize("body, unit", [
    ("The fare rose to R$ 5.20, or 70 centavos more.", "BRL"),
    ("Jeepney fares in Manila will rise by 30 centavos.", "PHP"),
    ("Sugar rose 30 centavos as the peso fell in Oaxaca.", "MXN"),
])
def test_hundredths_that_several_countries_count_in_are_of_the_article_s_money(body, unit):
    assert [u for surface, u in units(body) if "centavos" in surface] == [unit]


def test_an_amount_that_carries_on_a_shared_word_s_currency_is_read_as_it():
    body = "In Montevideo, Tienda Celeste was fined 94 million pesos; Mercado Oriental 61 million."
    assert dict(units(body)) == {"94 million pesos": "UYU", "61 million": "UYU"}


@pytest.mark.parametrize("body, context, unit", [
    ("A single adult ride will cost $3.75 from March.", "Amberlea fares rise\nCanadian Transit Review", "CAD"),
    ("The club owes 40 million pesos to former players.", "Argentine club nears a debt deal\nCancha", "ARS"),
    ("The basic daily wage in the zone is Rs. 1,350.", "Kandawala strike\nLanka Morning Ledger", "LKR"),
    ("A relief package of 250 million shillings was announced.", "Seaweed farms fail\nUnguja Coast Courier", "TZS"),
    # the body's own word comes first
    ("The club, in Mexico City, owes 40 million pesos.", "Argentine club nears a debt deal\nCancha", "MXN"),
    ("A single adult ride will cost $3.75 from March.", "Fares rise\nThe Standard", "USD"),
])
def test_what_the_body_leaves_unsaid_its_title_and_outlet_may_say(body, context, unit):
    (figure,) = [claim.figure for claim in extract_claims(body, context) if claim.type == "figure"]
    assert figure.unit == unit


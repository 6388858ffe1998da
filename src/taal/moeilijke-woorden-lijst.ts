/**
 * Difficult / officialese words with plain-language (B1) alternatives,
 * written for municipal sociaal-domein texts.
 *
 * One entry per line: `woord | alternatief | soort | extra vormen`.
 * soort: v = verb (infinitive; conjugations are generated),
 *        n = noun (plurals generated), a = adjective (-e form generated),
 *        x = fixed word or phrase (matched as written).
 * extra vormen: irregular forms, comma separated (strong verbs, odd plurals).
 * Kept as text so non-programmers can edit it.
 */
export const MOEILIJKE_WOORDEN_BRON = `
indien | als | x
teneinde | om | x
derhalve | daarom | x
ingevolge | volgens | x
alsmede | en, ook | x
middels | met, via | x
overeenkomstig | volgens | x
woonachtig | wonen | a
dienen te | moeten | x | dient te, diende te, dienden te
bewerkstelligen | zorgen voor, regelen | v
trachten | proberen | v
verstrekken | geven | v
verstrekking | het geven | n
aanvangen | beginnen | v | vangt aan, ving aan, vingen aan, aangevangen
aanvang | begin | n
beëindigen | stoppen, afsluiten | v
beëindiging | einde, stoppen | n
aldus | zo | x
alvorens | voordat | x
anderszins | op een andere manier | x
behoudens | behalve | x
betreffende | over | x
bijgevolg | daardoor | x
bovengenoemd | die hierboven staat | a
bovenvermeld | die hierboven staat | a
daarenboven | bovendien, ook | x
dan wel | of | x
desalniettemin | toch | x
desbetreffend | dit, die | a
desgevraagd | als u erom vraagt | x
desgewenst | als u wilt | x
doch | maar | x
dusdanig | zo | a
echter | maar | x
eerstvolgend | volgend | a
evenwel | toch, maar | x
gaarne | graag | x
hetgeen | wat | x
hieromtrent | hierover | x
hiertoe | daarvoor | x
hierbij | met deze brief | x
immers | want | x
inzake | over | x
jegens | tegenover | x
krachtens | volgens, op grond van | x
mede | ook | x
naar aanleiding van | door, na | x
nadien | daarna | x
niettegenstaande | ondanks | x
nimmer | nooit | x
omtrent | over | x
onderhavig | deze, dit | a
onverminderd | en ook, los van | x
reeds | al | x
respectievelijk | en, of | x
ten aanzien van | over, voor | x
ten behoeve van | voor | x
ten einde | om | x
ten gevolge van | door | x
ten laste van | voor rekening van | x
ten minste | minimaal | x
ten hoogste | maximaal | x
tenzij | behalve als | x
terzake | hierover | x
tevens | ook | x
thans | nu | x
uiteraard | natuurlijk | x
uitsluitend | alleen | x
vanwege | door | x
voornoemd | genoemd | a
voorts | verder, ook | x
zijdens | van de kant van | x
zodanig | zo | a
zulks | dit, dat | x
met betrekking tot | over | x
met inachtneming van | rekening houdend met | x
in het kader van | voor, bij | x
op grond van | volgens | x
in verband met | door, voor | x
met ingang van | vanaf | x
in afwachting van | tot | x
in de gelegenheid stellen | de kans geven | x
in aanmerking komen | recht hebben op | x | komt in aanmerking, komen in aanmerking
in behandeling nemen | behandelen | x | neemt in behandeling, in behandeling genomen
ter beschikking stellen | geven | x | stelt ter beschikking, ter beschikking gesteld
ter hoogte van | bij | x
ter zake van | over | x
van mening zijn | vinden | x
van toepassing zijn | gelden | x | is van toepassing, van toepassing
zorg dragen voor | zorgen voor | x | draagt zorg voor, draagt er zorg voor
de mogelijkheid bieden | kunnen | x
op basis van | volgens, met | x
in het geval dat | als | x
in casu | in dit geval | x
conform | volgens | x
c.q. | of | x
d.w.z. | dat wil zeggen | x
jo. | samen met | x
aanmerkelijk | groot, flink | a
aangaande | over | x
aanwenden | gebruiken | v | wendt aan, wendde aan, aangewend
aanzienlijk | groot, flink | a
accorderen | goedkeuren | v
adequaat | goed, passend | a | adequate
additioneel | extra | a | additionele
administreren | bijhouden | v
adviseren | advies geven, aanraden | v
aflossen | terugbetalen | v | lost af, loste af, losten af, afgelost
afdoende | voldoende, genoeg | x
afwenden | voorkomen | v
alloceren | toewijzen | v
ambtshalve | uit zichzelf, zonder aanvraag | x
andermaal | opnieuw | x
annuleren | afzeggen, stoppen | v
aanwending | gebruik | n
beogen | willen, als doel hebben | v | beoogt, beoogde, beoogden, beoogd
bekostigen | betalen | v
bekostiging | betaling, geld | n
belanghebbende | u, de betrokken persoon | n
beleidsregel | regel | n
bemiddelen | helpen zoeken, tussenpersoon zijn | v
benodigd | nodig | a
beschikken over | hebben | x | beschikt over, beschikte over, beschikken over
beschikking | besluit | n
bestendigen | vastleggen, laten duren | v
betrachten | tonen | v
betreffen | gaan over | v | betreft, betrof, betroffen
bevoegd | mag, heeft het recht | a
bevoegdheid | recht, taak | n
bewerkstelliging | uitvoering | n
bezigen | gebruiken | v
bezwaarmaker | wie bezwaar maakt | n
blijkens | volgens | x
casus | geval, situatie | n | casussen
categorie | groep, soort | n
cessie | overdracht | n
compenseren | vergoeden, goedmaken | v
compensatie | vergoeding | n
completeren | aanvullen | v
conformeren | aanpassen, houden aan | v
consequentie | gevolg | n
constateren | zien, merken | v
continueren | doorgaan met | v
contracteren | afspraken maken met | v
coördineren | regelen, leiden | v
criterium | eis, voorwaarde | n | criteria
cumulatief | bij elkaar opgeteld | a | cumulatieve
deugdelijk | goed | a
derving | verlies | n
differentiëren | onderscheid maken | v
discretionair | naar eigen oordeel | a | discretionaire
doelmatig | goed, handig | a
doelmatigheid | nut | n
draagkracht | wat u kunt betalen | n
effectueren | uitvoeren | v
eveneens | ook | x
evident | duidelijk | a
exces | overdrijving | n | excessen
expliciet | duidelijk | a
faciliteren | mogelijk maken, helpen | v
facultatief | niet verplicht | a | facultatieve
fiatteren | goedkeuren | v
frequentie | hoe vaak | n
fungeren | werken als, zijn | v
gedogen | toestaan | v
geëigend | geschikt | a
genoegzaam | genoeg | a
gerechtigd | heeft recht op, mag | a
geschil | ruzie, meningsverschil | n | geschillen
handhaven | controleren, zorgen dat regels worden nageleefd | v | handhaaft, handhaafde, handhaafden, gehandhaafd
hangende | tijdens | x
hetwelk | wat | x
honoreren | goedkeuren, toekennen | v
hoofdelijk | ieder voor het hele bedrag | a
impact | gevolg, invloed | n
implementeren | invoeren | v
implementatie | invoering | n
in beginsel | in principe, meestal | x
incidenteel | soms, eenmalig | a | incidentele
indiceren | beoordelen welke zorg nodig is | v
indicatie | beoordeling, besluit over zorg | n
informeren | vertellen, laten weten | v
ingeval | als | x
inherent | hoort bij | a
initiëren | beginnen | v
innen | ophalen, krijgen | v
inschakelen | vragen, erbij halen | v | schakelt in, schakelde in, ingeschakeld
instantie | organisatie | n
integraal | samen, geheel | a | integrale
intensiveren | versterken | v
interpreteren | uitleggen | v
invorderen | terugvragen, innen | v
invordering | inning | n
kenbaar maken | laten weten | x | maakt kenbaar, kenbaar gemaakt
kwalificeren | beoordelen, noemen | v
kwijtschelden | niet hoeven betalen | v | scheldt kwijt, schold kwijt, kwijtgescholden
kwijtschelding | u hoeft niet te betalen | n
legitimeren | laten zien wie u bent | v
leges | kosten | x
limitatief | volledig, alleen deze | a | limitatieve
maatregel | straf, stap | n
machtigen | toestemming geven | v
machtiging | toestemming | n
mandaat | opdracht, bevoegdheid | n
marginaal | klein, beperkt | a | marginale
mitigeren | verzachten | v
mutatie | wijziging | n
mutatieformulier | wijzigingsformulier | n
nader | meer, later | a
naderhand | later | x
naleven | zich houden aan | v | leeft na, leefde na, nageleefd
naleving | zich houden aan | n
navenant | daarbij passend | x
navordering | extra rekening | n
noodzakelijk | nodig | a
normeren | regels maken voor | v
notificeren | laten weten | v
nuanceren | verfijnen | v
omissie | fout, vergeten | n
onderhevig | afhankelijk van | a
ondersteunen | helpen | v
onevenredig | te groot | a
ongeacht | hoe dan ook, los van | x
ontberen | missen | v
ontheffing | vrijstelling, uitzondering | n
ontvankelijk | in behandeling genomen | a
onverwijld | direct, meteen | x
opeisbaar | moet direct worden betaald | a
opschorten | uitstellen | v | schort op, schortte op, opgeschort
opschorting | uitstel | n
optimaliseren | verbeteren | v
overeenkomst | afspraak, contract | n
overleggen | laten zien, inleveren | v | overgelegd, overgelegde, over te leggen
overwegen | denken over | v | overweegt, overwoog, overwogen
parafe | handtekening | n
participeren | meedoen | v
pecuniair | geldelijk | a | pecuniaire
periodiek | regelmatig | a
persisteren | volhouden | v
prealabel | vooraf | a
preventief | om te voorkomen | a | preventieve
prioriteit | voorrang | n
procedure | werkwijze, stappen | n
proportioneel | in verhouding | a | proportionele
prolongeren | verlengen | v
realiseren | maken, bereiken | v
recapituleren | samenvatten | v
recidive | herhaling | n
reclameren | klagen | v
relevant | belangrijk | a
respijt | uitstel | n
restitueren | terugbetalen | v
restitutie | terugbetaling | n
retourneren | terugsturen | v
sanctie | straf | n
sanctioneren | bestraffen | v
separaat | apart | a | separate
simultaan | tegelijk | a | simultane
specificeren | precies aangeven | v
specificatie | overzicht | n
stimuleren | aanmoedigen | v
stipuleren | vastleggen | v
subsidiair | als dat niet kan | a | subsidiaire
summier | kort | a
suppletie | aanvulling | n
terugvorderen | terugvragen | v | vordert terug, vorderde terug, teruggevorderd
terugvordering | terugbetaling | n
toekennen | geven | v | kent toe, kende toe, kenden toe, toegekend
toekenning | besluit dat u iets krijgt | n
toereikend | genoeg | a
toewijzen | geven | v | wijst toe, wees toe, wezen toe, toegewezen
uitbetalen | betalen | v | betaalt uit, betaalde uit, uitbetaald
uitkeren | betalen | v | keert uit, keerde uit, uitgekeerd
uitvaardigen | bekendmaken | v
uitvoerig | uitgebreid | a
vaststellen | bepalen, besluiten | v | stelt vast, stelde vast, stelden vast, vastgesteld
verifiëren | controleren | v
verificatie | controle | n
verlenen | geven | v
verlening | het geven | n
vermeerderen | verhogen | v
verminderen | verlagen | v
vermoeden | denken | v
verrekenen | inhouden, aftrekken | v
verrekening | inhouding | n
verschaffen | geven | v
verschuldigd | moet betalen | a
vervaardigen | maken | v
vervolgens | daarna | x
verwijtbaar | uw eigen schuld | a
verwittigen | laten weten | v
verzoeken | vragen | v | verzoekt, verzocht
verzoek | vraag | n
vigerend | geldend | a
voldoen aan | passen bij, zich houden aan | x | voldoet aan, voldeed aan, voldeden aan, voldaan aan
volledigheidshalve | voor de volledigheid | x
voorafgaand | eerst | a
voorhanden | beschikbaar | x
voorschrift | regel | n
vorderen | eisen, terugvragen | v
vordering | schuld, eis | n
waarborgen | zorgen voor | v
waarneming | wat iemand ziet | n
wijzigen | veranderen | v
wijziging | verandering | n
woonachtig zijn | wonen | x | is woonachtig, zijn woonachtig
zich wenden tot | contact opnemen met | x | wendt zich tot, wendt u tot
zorgdragen | zorgen | v
aanvullend | extra | a
aanvrager | u | n
adagium | motto | n
alleenstaande | wie alleen woont | n
anticiperen | vooruitlopen | v
applicatie | programma | n
arbeidsinschakeling | werk vinden | n
attenderen | wijzen op | v
autorisatie | toestemming | n
benutten | gebruiken | v
beraad | overleg | n
beslag leggen | geld afpakken | x | legt beslag, beslag gelegd
bestendig | blijvend | a
betrekking hebben op | gaan over | x | heeft betrekking op, hebben betrekking op
bevorderen | stimuleren, helpen | v
bijgaand | bij deze brief | a
calamiteit | ramp, ernstig voorval | n
cliëntondersteuning | hulp bij uw vragen | n
communiceren | praten, laten weten | v
concreet | duidelijk, precies | a
consulteren | raadplegen, vragen | v
continuïteit | het doorgaan | n
creëren | maken | v
curatief | genezend | a | curatieve
declareren | kosten terugvragen | v
delegeren | overdragen | v
deponeren | neerleggen | v
dergelijk | zo'n, zulke | a
diversiteit | verschil | n
doorberekenen | laten betalen | v
ecologisch | natuurvriendelijk | a
eenmalig | één keer | a
effectief | werkt goed | a | effectieve
efficiënt | snel en goedkoop | a
evalueren | bekijken hoe het ging | v
evaluatie | terugblik | n
exploiteren | gebruiken, uitbaten | v
expireren | aflopen | v
formaliseren | vastleggen | v
formuleren | zeggen, opschrijven | v
frauderen | bedriegen | v
garanderen | beloven | v
gebezigd | gebruikt | a
gedurende | tijdens | x
genereren | maken, opleveren | v
geschieden | gebeuren | v
hernieuwen | vernieuwen | v
identiek | hetzelfde | a
indachtig | denkend aan | a
individueel | persoonlijk | a | individuele
informatievoorziening | informatie | n
initiatief | plan, idee | n | initiatieven
integreren | opnemen in | v
interventie | ingreep | n
intrekken | terugnemen, stoppen | v | trekt in, trok in, trokken in, ingetrokken
invulling geven aan | uitvoeren | x
legitiem | rechtmatig, terecht | a
lacune | gat | n
monitoren | volgen, in de gaten houden | v
motiveren | uitleggen waarom | v
nagenoeg | bijna | x
noodzaak | nodig zijn | n
onderbouwen | uitleggen, bewijzen | v
onderbouwing | uitleg, bewijs | n
ongedaan maken | terugdraaien | x
opteren | kiezen | v
participatie | meedoen | n
perceel | stuk grond | n
persoonsgebonden | voor u persoonlijk | a
potentieel | mogelijk | a | potentiële
pragmatisch | praktisch | a
predikaat | naam, kenmerk | n
primair | eerst, vooral | a | primaire
prioriteren | voorrang geven | v
problematiek | problemen | n
prognose | verwachting | n
reguleren | regelen | v
reïntegratie | terug naar werk | n
re-integratie | terug naar werk | n
remediëren | oplossen | v
rendement | opbrengst | n
retroactief | met terugwerkende kracht | a
signaleren | zien, merken | v
solidair | samen | a
structureel | blijvend, vast | a | structurele
substantieel | flink, groot | a | substantiële
suggereren | voorstellen | v
summatief | optellend | a
tarief | prijs | n | tarieven
termijn | periode, tijd | n
toegankelijk | makkelijk te bereiken, open | a
toereikendheid | genoeg zijn | n
transparant | duidelijk, open | a
uitgezonderd | behalve | x
uitzonderlijk | bijzonder | a
urgent | dringend | a
urgentie | haast | n
valideren | controleren | v
verantwoorden | uitleggen | v
verdisconteren | meerekenen | v
verduidelijken | uitleggen | v
verifieerbaar | te controleren | a
verplichten | moeten | v
verwerken | gebruiken, bewaren | v
verwezenlijken | uitvoeren | v
vigeren | gelden | v
voorliggend | eerst, dat er al is | a
woonvoorziening | hulp bij wonen | n
zelfredzaamheid | zelf kunnen redden | n
zelfredzaam | zichzelf kunnen redden | a
`

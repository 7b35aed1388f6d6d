import json
ART = "Source article (June 2014): \u2018On Tuesday, the Islamisc [sic] fundamentalist group ISIS captured Mosul\u2026\u2019"
def art(q=""): 
    d={"name":ART}
    if q: d["quote"]=q
    return d
NYT = "The New York Times (quoted in the source article)"
def wp(page, name=None): return {"name": name or "Wikipedia: "+page.replace('_',' '), "url":"https://en.wikipedia.org/wiki/"+page}

cats=[("Battles","#D55E00"),("Violence against civilians","#CC79A7"),("Explosions/Remote violence","#E69F00"),
      ("Strategic developments","#0072B2"),("Political developments","#009E73"),("Protests","#56B4E9")]
L=[
("mosul","Mosul",["Al-Mawsil","Mawsil","الموصل","Mûsil"],36.340,43.130,"city","Ninawa","Iraq"),
("mosul-airport","Mosul International Airport",["مطار الموصل الدولي"],36.306,43.147,"airport","Ninawa","Iraq"),
("tikrit","Tikrit",["Takrit","تكريت"],34.607,43.679,"city","Salah ad-Din","Iraq"),
("baiji","Baiji",["Bayji","Beiji","بيجي"],34.929,43.493,"town","Salah ad-Din","Iraq"),
("baiji-refinery","Baiji oil refinery",["Beiji refinery","Al-Sumoud refinery complex","مصفى بيجي"],34.950,43.480,"facility","Salah ad-Din","Iraq"),
("badush-prison","Badush prison",["Badoush prison","Badush Central Prison","سجن بادوش"],36.405,42.960,"prison","Ninawa","Iraq"),
("kirkuk","Kirkuk",["Kerkûk","Kerkük","كركوك"],35.468,44.392,"city","Kirkuk","Iraq"),
("samarra","Samarra",["Samarrāʾ","سامراء"],34.198,43.874,"city","Salah ad-Din","Iraq"),
("baghdad","Baghdad",["Bagdad","بغداد"],33.315,44.366,"city","Baghdad","Iraq"),
("falluja","Falluja",["Fallujah","Al-Fallujah","الفلوجة"],33.349,43.784,"city","Anbar","Iraq"),
("ramadi","Ramadi",["Ar-Ramadi","الرمادي"],33.426,43.299,"city","Anbar","Iraq"),
("abu-ghraib","Abu Ghraib prison",["Baghdad Central Prison","سجن أبو غريب"],33.292,44.065,"prison","Baghdad","Iraq"),
("erbil","Erbil",["Arbil","Hewlêr","أربيل"],36.191,44.009,"city","Erbil","Iraq"),
("tal-afar","Tal Afar",["Tall Afar","Telafer","تلعفر"],36.377,42.449,"city","Ninawa","Iraq"),
("raqqa","Raqqa",["Ar-Raqqah","Al-Raqqa","الرقة"],35.950,39.010,"city","Raqqa","Syria"),
("deir-ez-zor","Deir ez-Zor",["Dayr az-Zawr","دير الزور"],35.336,40.140,"city","Deir ez-Zor","Syria"),
("damascus","Damascus",["Dimashq","دمشق"],33.513,36.292,"city","Damascus","Syria"),
("ceyhan","Ceyhan",["Jeyhan","جيهان"],37.025,35.812,"town","Adana","Turkey"),
("soma","Soma",["Soma, Manisa","صوما"],39.188,27.609,"town","Manisa","Turkey"),
("ankara","Ankara",["أنقرة"],39.933,32.860,"city","Ankara","Turkey"),
("istanbul","Istanbul",["İstanbul","Gezi Park, Taksim","إسطنبول"],41.037,28.986,"city","Istanbul","Turkey"),
("tehran","Tehran",["Teheran","تهران"],35.689,51.389,"city","Tehran","Iran"),
("cairo","Cairo",["Al-Qahira","القاهرة"],30.044,31.236,"city","Cairo","Egypt"),
("washington","Washington, D.C.",["Washington","واشنطن"],38.895,-77.036,"city","District of Columbia","United States"),
("san-diego","Off San Diego (USS Abraham Lincoln)",["San Diego","سان دييغو"],32.715,-117.162,"city","California","United States"),
("iraq","Iraq (country-wide)",["Al-Iraq","العراق"],33.00,43.70,"region","","Iraq"),
("anbar","Anbar Province",["Al Anbar","الأنبار"],33.40,42.00,"region","Anbar","Iraq"),
("salahuddin","Salahuddin Province",["Salah ad-Din","صلاح الدين"],34.55,43.60,"region","Salah ad-Din","Iraq"),
("ninawa","Ninawa Province",["Nineveh","نينوى"],36.20,42.70,"region","Ninawa","Iraq"),
("kurdistan","Kurdistan Region",["Iraqi Kurdistan","هەرێمی کوردستان","إقليم كردستان"],36.30,44.30,"region","Kurdistan Region","Iraq"),
("eastern-syria","Eastern Syria",["Syrian Jazira","الجزيرة السورية"],35.50,39.90,"region","","Syria"),
("iran-iraq-border","Iran–Iraq border (Diyala–Kermanshah)",["مرز ایران و عراق","الحدود العراقية الإيرانية"],34.20,45.80,"region","","Iran"),
]
locs=[dict(key=k,name=n,altNames=a,lat=la,lon=lo,kind=ki,admin1=ad,country=c) for k,n,a,la,lo,ki,ad,c in L]

E=[]
def ev(key,title,desc,start,cat,sub,actors,loc,geo="exact",sources=None,end=None,approx=False,fat=None,tags=None):
    d=dict(key=key,title=title,description=desc,start=start)
    if end: d["end"]=end
    d["precision"]={4:"year",7:"month",10:"day"}[len(start)]
    d["approximate"]=approx
    d.update(category=cat,subCategory=sub,actors=actors,location=loc,geoPrecision=geo)
    if fat is not None: d["fatalities"]=fat
    if tags: d["tags"]=tags
    d["sources"]=sources or [art()]
    E.append(d)

ISIS="ISIS"; ISF="Iraqi Security Forces"; GOI="Government of Iraq (Maliki)"; PESH="Peshmerga (Kurdistan Regional Government)"; KRG="Kurdistan Regional Government"
# --- background, 2003-2013
ev("invasion-2003","US-led invasion of Iraq begins","The invasion that the article blames for bringing \u2018all the national, tribal and sectarian tensions to the surface\u2019.","2003-03-20","Battles","Armed clash",["United States","Iraq (Saddam Hussein)"],"baghdad","region",[art("After the invasion of 2003, George W. Bush proudly proclaimed \u201cmission accomplished\u201d."),wp("2003_invasion_of_Iraq")],tags=["background"])
ev("mission-accomplished","Bush\u2019s \u201cMission Accomplished\u201d speech","President George W. Bush declares the end of major combat operations aboard the USS Abraham Lincoln.","2003-05-01","Political developments","Statement",["United States"],"san-diego","near",[art("After the invasion of 2003, George W. Bush proudly proclaimed \"mission accomplished\"."),wp("Mission_Accomplished_speech")],tags=["background"])
ev("cpa-order-2","Coalition authority dissolves the Iraqi army","CPA Order Number 2 disbands Iraq\u2019s armed forces; the article argues this \u2018destroyed the military equilibrium of the whole region\u2019.","2003-05-23","Strategic developments","Change to group/activity",["Coalition Provisional Authority"],"baghdad","exact",[art("By dissolving Saddam\u2019s army the US destroyed the military equilibrium of the whole region"),wp("Coalition_Provisional_Authority_Order_2","Wikipedia: Coalition Provisional Authority Order 2")],tags=["background"])
ev("maliki-pm","Nouri al-Maliki becomes prime minister","Maliki\u2019s government is sworn in, a compromise the article says was struck between Iran and the United States.","2006-05-20","Political developments","Government formation",["Nouri al-Maliki"],"baghdad","exact",[art("From the very beginning, the Prime Minister, Nouri al-Maliki, was placed in office as a compromise between the Iranians and the Americans."),wp("Nouri_al-Maliki")],tags=["background"])
ev("iran-2009","Green Movement protests in Iran","Mass protests after the disputed presidential election, cited by the article as \u2018a picture of what is to come\u2019.","2009-06-13","Protests","Peaceful protest",["Protesters (Iran)"],"tehran","exact",[art("In Iran the 2009 revolutionary movement provided us with a picture of what is to come in the future."),wp("2009_Iranian_presidential_election_protests")],end="2009-06-30",approx=True,tags=["background"])
ev("mubarak-falls","Mubarak steps down in Egypt","Hosni Mubarak resigns after eighteen days of mass protest.","2011-02-11","Protests","Peaceful protest",["Protesters (Egypt)"],"cairo","exact",[art("In Egypt we have seen the mobilisation of millions, bringing down first the Mubarak regime and then Morsi."),wp("Egyptian_revolution_of_2011")],tags=["background"])
ev("us-withdrawal","Last US troops leave Iraq","The last American combat troops cross into Kuwait; Iraq\u2019s security forces, on which the US spent some $14 billion, take over.","2011-12-18","Strategic developments","Change to group/activity",["United States"],"baghdad","region",[art("US imperialism had in fact spent $14billion on the Iraqi security forces to prepare them to police the country after American troops left"),wp("Withdrawal_of_United_States_troops_from_Iraq_(2007%E2%80%932011)","Wikipedia: Withdrawal of US troops from Iraq")],tags=["background"])
ev("prison-campaign","ISIS campaign of attacks on prisons","The group attacks prisons (24 in all, per the article) to free and recruit its members.","2012-07","Battles","Attack",[ISIS,ISF],"iraq","region",[art("The group adopted a method of attacking prisons (a total of 24 prisons targeted) where its members were held in order to free and recruit their fellow inmates."),{"name":"Institute for the Study of War: Al-Qaeda in Iraq Resurgent: The Breaking the Walls Campaign (September 2013)","url":"https://www.understandingwar.org/"}],end="2013-07",approx=True,tags=["background"])
ev("isis-nusra-split","ISIS announces merger with al-Nusra; al-Nusra refuses","Abu Bakr al-Baghdadi announces the Islamic State of Iraq and al-Sham absorbing al-Nusra; al-Nusra rejects the fusion and the groups split.","2013-04","Strategic developments","Change to group/activity",[ISIS,"al-Nusra Front"],"eastern-syria","region",[art("Initially it sought to fuse with the al-Nusra front, which was the official arm of Al-Qaeda in Syria. However, as they could not agree on the terms of the fusion the group split away.")])
ev("gezi","Gezi Park protests in Turkey","Mass protests starting at Taksim\u2019s Gezi Park spread across Turkey.","2013-05-28","Protests","Peaceful protest",["Protesters (Turkey)"],"istanbul","near",[art("In Turkey we saw last year\u2019s mass mobilisation"),wp("Gezi_Park_protests")],end="2013-06-30",approx=True)
ev("morsi-ousted","Morsi removed from power in Egypt","The army removes President Mohamed Morsi after mass protests.","2013-07-03","Political developments","Change of government",["Military Forces of Egypt"],"cairo","exact",[art("bringing down first the Mubarak regime and then Morsi"),wp("2013_Egyptian_coup_d%27%C3%A9tat","Wikipedia: 2013 Egyptian coup d'\u00e9tat")],tags=["background"])
ev("abu-ghraib-break","Abu Ghraib prison break","ISIS fighters storm Abu Ghraib prison west of Baghdad and free hundreds of inmates (the article says 1,000).","2013-07-21","Battles","Attack",[ISIS,ISF],"abu-ghraib","exact",[art("Last year it attacked the notorious Abu Ghraib prison, releasing 1,000 prisoners.")],end="2013-07-22")
ev("us-syria-strike","US backs away from bombing Syria","After the Ghouta chemical attack of 21 August 2013 the US administration prepares air strikes on Syria, then defers them (to Congress on 31 August, then to the chemical-weapons deal in September).","2013-08","Political developments","Statement",["United States"],"washington","exact",[art("This was one of the reasons why the US backtracked from their bombing campaign in August last year.")],end="2013-09",tags=["background"])
# --- 2014
ev("raqqa-control","ISIS takes full control of Raqqa","ISIS drives rival rebel groups out of Raqqa, which becomes its stronghold in eastern Syria.","2014-01","Battles","Non-state actor overtakes territory",[ISIS,"Syrian rebel groups"],"raqqa","exact",[art("This allowed ISIS to consolidate its grip over a large part of eastern Syria.")],approx=True)
ev("falluja-falls","ISIS takes Falluja","ISIS and allied tribal fighters seize Falluja after the government dismantles the Anbar protest camps.","2014-01-01","Battles","Non-state actor overtakes territory",[ISIS,ISF,"Anbar tribes"],"falluja","exact",[art("In January when ISIS moved its forces into the cities, especially Falluja and Ramadi, the Maliki government treated these whole cities as enemy war zones."),wp("Anbar_campaign_(2013%E2%80%932014)","Wikipedia: Anbar campaign (2013\u20132014)")],end="2014-01-04",approx=True)
ev("ramadi-fighting","ISIS fighters move into Ramadi","ISIS takes parts of Ramadi; the government treats the city as an enemy war zone.","2014-01","Battles","Armed clash",[ISIS,ISF],"ramadi","near",[art("In January when ISIS moved its forces into the cities, especially Falluja and Ramadi")])
ev("anbar-shelling","Months of shelling of Anbar neighbourhoods","Government forces shell neighbourhoods of Falluja and other Anbar towns, which the article says fed \u2018the spirit of vengeance\u2019.","2014-01","Explosions/Remote violence","Shelling/artillery/missile attack",[ISF,"Civilians (Iraq)"],"anbar","region",[art("The months of indiscriminate shelling of neighbourhoods in the Anbar province, spurred the spirit of vengeance among the families of the victims.")],end="2014-06")
ev("anbar-reconciliation","Reconciliation campaign with Anbar tribes","A campaign for reconciliation between the government and Anbar\u2019s tribes wins wide support; the government does not yield.","2014-02","Political developments","Agreement",["Anbar tribes",GOI],"anbar","region",[art("In February a group of people started a campaign of reconciliation between the government and the local tribes of the Anbar province.")])
ev("krg-budget","Baghdad blocks the Kurdistan Region\u2019s budget funds","The central government withholds funds allocated to the Kurdistan Region in the budget.","2014-01","Political developments","Statement",[GOI,KRG],"erbil","region",[art("At the same time the government has blocked funds allocated to the region in the budget.")],end="2014-06",approx=True)
ev("desertions","Mass desertions from the Iraqi army","Unpaid, hungry troops desert; before Mosul the army was losing up to 300 soldiers a day. The New York Times interviews a deserter who served in Ramadi.","2014-01","Strategic developments","Change to group/activity",[ISF],"ramadi","region",[art("Before the troops dissolved in Mosul, the army was losing as many as 300 soldiers a day, in desertions, deaths and injuries."),{"name":NYT,"url":"https://www.nytimes.com/","quote":"\u2018I felt like I was fighting armies, not an army,\u2019 said Mohamed, 24."}],end="2014-06",approx=True)
ev("election","Iraqi parliamentary election","Iraqis vote for the Council of Representatives; the article says the government sabotaged the vote in Sunni areas.","2014-04-30","Political developments","Election",[GOI],"baghdad","region",[art("The government deliberately sabotaged the recent parliamentary elections in the Sunni areas."),wp("2014_Iraqi_parliamentary_election")])
ev("election-results","Election results: Maliki\u2019s bloc wins 92 of 328 seats","Maliki\u2019s State of Law coalition is the largest list with 92 seats; the second largest wins 34.","2014-05-19","Political developments","Election",[GOI],"baghdad","exact",[art("His party, despite being by far the biggest in parliament, only gained 92 out of 328 seats, with the second biggest party winning 34."),wp("2014_Iraqi_parliamentary_election")])
ev("soma-disaster","Soma mine disaster","An explosion and fire at the Soma coal mine kill 301 miners, Turkey\u2019s worst mining disaster.","2014-05-13","Strategic developments","Disaster",["Civilians (Turkey)"],"soma","near",[art("more recently the mass protest over the death of the miners in Soma"),wp("Soma_mine_disaster")],fat=301,tags=["background"])
ev("soma-protests","Protests over the Soma miners\u2019 deaths","Protests against the government\u2019s handling of the disaster in Soma, Istanbul, Ankara and other cities; police use tear gas and water cannon.","2014-05-14","Protests","Protest with intervention",["Protesters (Turkey)","Police Forces of Turkey"],"soma","near",[art("In Turkey we saw last year\u2019s mass mobilisation and more recently the mass protest over the death of the miners in Soma."),wp("Soma_mine_disaster")],end="2014-05-16",approx=True,tags=["background"])
ev("kurdish-oil","Kurdistan Region exports its own oil via Ceyhan","The Kurdistan Regional Government exports oil through Turkey, circumventing Baghdad.","2014-05","Strategic developments","Change to group/activity",[KRG],"ceyhan","near",[art("In the past month the Kurds have even started exporting their own oil circumventing the central government.")])
ev("krg-first-tanker","First tanker of Kurdish pipeline oil sails from Ceyhan","A tanker loaded with crude piped from the Kurdistan Region leaves Turkey\u2019s Ceyhan terminal, on the coast south of the town, and the KRG announces the sale over Baghdad\u2019s objections.","2014-05-22","Strategic developments","Change to group/activity",[KRG,"Government of Turkey",GOI],"ceyhan","near",[art("In the past month the Kurds have even started exporting their own oil circumventing the central government."),wp("Kirkuk%E2%80%93Ceyhan_Oil_Pipeline","Wikipedia: Kirkuk\u2013Ceyhan Oil Pipeline")],end="2014-05-23",approx=True)
ev("krg-warning","Kurdish government warns Baghdad of an attack on Mosul","The Kurdish government warns the central government of an impending attack on Mosul; Maliki does not react.","2014-05","Political developments","Statement",[KRG,GOI],"erbil","exact",[art("Only a few weeks ago the Kurdish government warned the central government about an impending attack on Mosul but Maliki did not react.")],approx=True)
ev("raqqa-well","Oil well south of Raqqa earns ISIS up to $1.3 million a day","One report says a single oil well controlled by ISIS south of Raqqa brings in up to $1.3 million per day.","2014","Strategic developments","Looting/property destruction",[ISIS],"raqqa","near",[art("According to one report, one oil well controlled by ISIS south of Raqqa brings in income of up to $1.3 million per day")],approx=True)
ev("raqqa-fields","Oil fields around Raqqa bring ISIS $500,000 a day","Other fields in and around Raqqa bring in $500,000 per day.","2014","Strategic developments","Looting/property destruction",[ISIS],"raqqa","region",[art("while other fields in and around Raqqa bring in $500,000 per day.")],approx=True)
ev("grain-silos","ISIS takes grain and cotton production, loots silos","ISIS controls grain and cotton production in eastern Syria; one looted silo was reportedly worth more than $25 million.","2014","Strategic developments","Looting/property destruction",[ISIS],"eastern-syria","region",[art("ISIS has taken control of grains and cotton production in the eastern regions and has looted grain silos, one of which is reported to have been worth more than $25 million.")])
ev("turkey-nusra","Turkey lists al-Nusra Front as a terrorist organisation","Turkey formally designates al-Nusra Front a terrorist organisation.","2014-06-03","Political developments","Statement",["Government of Turkey","al-Nusra Front"],"ankara","exact",[art("Only recently did the country declare the al-Nusra front a terrorist organisation.")])
ev("samarra-attack","ISIS attacks Samarra","ISIS fighters attack Samarra and take several districts before being pushed back.","2014-06-05","Battles","Armed clash",[ISIS,ISF],"samarra","exact",[art("It is now approaching Baghdad from the north"),wp("Northern_Iraq_offensive_(June_2014)","Wikipedia: Northern Iraq offensive (June 2014)")])
ev("mosul-assault","ISIS assault on Mosul begins","ISIS fighters coming in from the desert attack western Mosul.","2014-06-06","Battles","Armed clash",[ISIS,ISF],"mosul","near",[art("Early Tuesday, Islamist fundamentalists coming in from the desert seized Mosul's airport"),wp("Fall_of_Mosul")],end="2014-06-09")
ev("lorry-drivers","Turkish lorry drivers seized near Mosul","ISIS seizes Turkish lorry drivers (28, per the article) near Mosul.","2014-06-10","Violence against civilians","Abduction/forced disappearance",[ISIS,"Civilians (Turkey)"],"mosul","near",[art("The ISIS has taken around 80 Turkish citizens as hostages. Amongst these there are 3 children and 28 lorry drivers.")],approx=True)
ev("mosul-airport","ISIS seizes Mosul airport, TV stations and the governor\u2019s office","Early on Tuesday ISIS takes the airport, the television stations and the governor\u2019s office.","2014-06-10","Battles","Non-state actor overtakes territory",[ISIS,ISF],"mosul-airport","exact",[art("Early Tuesday, Islamist fundamentalists coming in from the desert seized Mosul's airport, its TV stations and the governor's office.")])
ev("mosul-falls","Fall of Mosul","More than 30,000 Iraqi troops flee without a struggle, leaving weapons and armour; ISIS takes Iraq\u2019s second city.","2014-06-10","Battles","Non-state actor overtakes territory",[ISIS,ISF],"mosul","exact",[art("On Tuesday, the Islamisc fundamentalist group ISIS captured Mosul, one of the key cities in Northern Iraq"),wp("Fall_of_Mosul")])
ev("mosul-prisoners","Prisoners freed from Badush prison and Mosul\u2019s jails","Insurgents free thousands of prisoners (2,400 per the article) from Badush prison north-west of Mosul and the city\u2019s jails as they consolidate. The UN later reported that ISIS killed about 670 Shia inmates of Badush that day; the toll is a lower bound, so no fatality count is recorded.","2014-06-10","Battles","Attack",[ISIS,ISF,"Prisoners (Iraq)"],"badush-prison","near",[art("It also released 2,400 prisoners in Mosul recently, including common thugs and murderers who are joining them for the loot."),wp("Badush_prison_massacre","Wikipedia: Badush prison massacre")])
ev("mosul-banks","$480 million reportedly seized from Mosul\u2019s banks","Reports say ISIS took $480m in banknotes from the city\u2019s banks.","2014-06-10","Strategic developments","Looting/property destruction",[ISIS],"mosul","exact",[art("From the city\u2019s banks the Islamists are reported to have seized $480m in banknotes")],end="2014-06-11",approx=True)
ev("mosul-arms","Arms and vehicles of the dissolving army captured","Rifles, body armour, humvees, heavy artillery, cargo planes and helicopters fall to ISIS.","2014-06-10","Strategic developments","Looting/property destruction",[ISIS,ISF],"mosul","near",[art("millions of dollars\u2019 worth of arms, from rifles and body armour to humvees, heavy artillery, cargo planes and even black hawk helicopters")],end="2014-06-11",approx=True)
ev("mosul-exodus","Half a million people flee Mosul","At least 500,000 people are said to have fled the city.","2014-06-10","Violence against civilians","Displacement",["Civilians (Iraq)"],"mosul","near",[art("At least 500,000 people are said to have fled the city for fear of what is to come.")],end="2014-06-12",approx=True)
ev("consulate","Turkish consulate staff taken hostage in Mosul","ISIS seizes the Turkish consulate in Mosul and takes its staff, including the consul general and children, hostage.","2014-06-11","Violence against civilians","Abduction/forced disappearance",[ISIS,"Civilians (Turkey)"],"mosul","exact",[art("The ISIS has taken around 80 Turkish citizens as hostages. Amongst these there are 3 children and 28 lorry drivers.")])
ev("tikrit-falls","ISIS captures Tikrit","After Mosul, ISIS takes Tikrit, capital of Salahuddin Province.","2014-06-11","Battles","Non-state actor overtakes territory",[ISIS,ISF],"tikrit","exact",[art("After the capture of Mosul, the Islamists succeeded in taking the city of Tikrit"),wp("Northern_Iraq_offensive_(June_2014)","Wikipedia: Northern Iraq offensive (June 2014)")])
ev("baiji-falls","Baiji surrenders after a phone call","ISIS takes Baiji, home of Iraq\u2019s most important oil refinery; police and other forces reportedly surrender after a phone call.","2014-06-11","Battles","Non-violent transfer of territory",[ISIS,"Police Forces of Iraq"],"baiji","exact",[art("the important city of Baiji which holds the most important oil refinery in Iraq. The taking of the city was even easier than Mosul as reports indicate that the surrender of the police and other armed forces took place after a phone call.")])
ev("order-to-give-up","Salahuddin commander: \u201cThis is an order\u201d","A local commander in Salahuddin Province tells The New York Times that superiors phoned and ordered his men to give up.","2014-06-11","Strategic developments","Change to group/activity",[ISF],"salahuddin","region",[art("The New York Times reports the following from the province"),{"name":NYT,"url":"https://www.nytimes.com/","quote":"We received phone calls from high-ranking commanders asking us to give up. I questioned them on this, and they said, \u2018This is an order\u2019."}])
ev("army-bases","ISIS overruns at least five army installations","In a couple of days ISIS takes at least five army installations; the military bombs its own bases to deny ISIS the weapons.","2014-06-10","Explosions/Remote violence","Air/drone strike",[ISIS,ISF],"salahuddin","region",[art("In the past couple of days they have taken over at least five army installations and Mosul\u2019s airport. The desperate Iraqi military was reduced to bombing its own bases to avoid losing more weapons to the enemy.")],end="2014-06-12",approx=True)
ev("kirkuk-peshmerga","Peshmerga take control of Kirkuk","As the Iraqi army dissolves, Kurdish Peshmerga move into the oil-rich city of Kirkuk.","2014-06-12","Strategic developments","Non-violent transfer of territory",[PESH,ISF],"kirkuk","exact",[art("Amongst these they have taken the very important oil-rich city of Kirkuk."),wp("Northern_Iraq_offensive_(June_2014)","Wikipedia: Northern Iraq offensive (June 2014)")])
ev("no-quorum","Parliament fails to reach quorum for a state of emergency","Iraq\u2019s parliament cannot muster a quorum to declare a state of emergency.","2014-06-12","Political developments","Statement",[GOI,"Council of Representatives of Iraq"],"baghdad","exact",[art("a complete meltdown of the regime which could not even muster the necessary quorum in parliament to enforce a state of emergency yesterday.")])
ev("advance-baghdad","ISIS advances south towards Baghdad","Having taken Tikrit, ISIS fighters push down the Tigris valley towards Samarra and Baghdad.","2014-06-12","Battles","Armed clash",[ISIS,ISF],"samarra","region",[art("It is now approaching Baghdad from the north, but they are likely to face more motivated resistance as they come closer to the capital.")],end="2014-06-13",approx=True)
ev("iran-mobilises","Iran\u2019s Revolutionary Guards reported mobilised at the border","Reports say the Iranian Revolutionary Guards have mobilised and troops are massed on the border with Iraq.","2014-06","Strategic developments","Change to group/activity",["Islamic Revolutionary Guard Corps"],"iran-iraq-border","region",[art("It has already been reported that the Iranian Revolutionary Guards have been mobilised and that troops have been amassed on the border with Iraq.")],approx=True)
ev("turkey-cross-border","Turkey authorises cross-border operations","The Turkish government gives its army the green light for cross-border operations, citing the hostages.","2014-06","Political developments","Statement",["Government of Turkey"],"ankara","exact",[art("The Turkish government have given the green light for their army to make cross border operations, with excuse of saving the Turkish hostages.")],approx=True)
ev("sharia","ISIS announces Sharia rule in Mosul within two days","ISIS declares that strict Sharia law will be imposed in the Mosul area.","2014-06","Political developments","Statement",[ISIS],"mosul","near",[art("Already ISIS have declared that within two days strict Sharia law will be implemented in the area.")],approx=True)
# --- after the article (written about 13 June 2014): the same offensive, from the public record
ev("tal-afar-falls","ISIS takes Tal Afar","After a day of fighting, ISIS captures the mainly Turkmen town of Tal Afar west of Mosul; many Shia Turkmen flee.","2014-06-15","Battles","Non-state actor overtakes territory",[ISIS,ISF],"tal-afar","exact",[art("then proceeded South towards Baghdad, capturing several important cities on the way"),wp("Northern_Iraq_offensive_(June_2014)","Wikipedia: Northern Iraq offensive (June 2014)")],end="2014-06-16",tags=["after-article"])
ev("baiji-refinery-siege","ISIS attacks the Baiji refinery","ISIS fighters attack Iraq\u2019s largest oil refinery, north of Baiji, which had shut down and evacuated its foreign staff; its defenders hold out under siege.","2014-06-18","Battles","Armed clash",[ISIS,ISF],"baiji-refinery","near",[art("the important city of Baiji which holds the most important oil refinery in Iraq"),wp("Baiji_oil_refinery","Wikipedia: Baiji oil refinery")],tags=["after-article"])

# Where each date comes from: "article" (the article's own words fix it, read against its
# writing date of about 13 June 2014), "record" (the article names the event, the well-established
# public record dates it) or "article+record" (both agree).
OFF="Wikipedia: Northern Iraq offensive (June 2014)"; OFFP="Northern_Iraq_offensive_(June_2014)"
EXTRA={"isis-nusra-split":wp("Al-Nusra_Front"),"abu-ghraib-break":wp("Abu_Ghraib_prison"),
 "us-syria-strike":wp("Ghouta_chemical_attack"),"raqqa-control":wp("Raqqa"),
 "ramadi-fighting":wp("Anbar_campaign_(2013%E2%80%932014)","Wikipedia: Anbar campaign (2013\u20132014)"),
 "turkey-nusra":wp("Al-Nusra_Front"),"lorry-drivers":wp(OFFP,OFF),"consulate":wp(OFFP,OFF),
 "baiji-falls":wp(OFFP,OFF),"no-quorum":wp(OFFP,OFF),"mosul-airport":wp("Fall_of_Mosul"),
 "mosul-banks":wp("Fall_of_Mosul"),"mosul-exodus":wp("Fall_of_Mosul"),
 "kurdish-oil":wp("Kirkuk%E2%80%93Ceyhan_Oil_Pipeline","Wikipedia: Kirkuk\u2013Ceyhan Oil Pipeline")}
R="record"; A="article"; AR="article+record"
BASIS={
 "invasion-2003":(R,"20 March 2003, start of the invasion the article calls \u2018the invasion of 2003\u2019."),
 "mission-accomplished":(R,"Speech of 1 May 2003."),
 "cpa-order-2":(R,"CPA Order 2 signed 23 May 2003."),
 "maliki-pm":(R,"Maliki\u2019s first government approved 20 May 2006."),
 "iran-2009":(R,"Protests from 13 June 2009; they went on past June, so the end is approximate."),
 "mubarak-falls":(R,"11 February 2011."),
 "us-withdrawal":(R,"Last US troops left on 18 December 2011."),
 "prison-campaign":(R,"\u2018Breaking the Walls\u2019: announced July 2012, ended with Abu Ghraib, July 2013."),
 "isis-nusra-split":(R,"Announced and rejected in April 2013; month precision."),
 "gezi":(R,"From 28 May 2013; the article\u2019s \u2018last year\u2019s mass mobilisation\u2019. End approximate."),
 "morsi-ousted":(R,"3 July 2013."),
 "abu-ghraib-break":(AR,"Article: \u2018last year\u2019; the attack ran through the night of 21\u201322 July 2013."),
 "us-syria-strike":(AR,"Article: \u2018August last year\u2019; the retreat ran from 31 August into September 2013."),
 "raqqa-control":(R,"Rivals expelled from Raqqa in January 2014; approximate."),
 "falluja-falls":(AR,"Article: \u2018In January\u2019; Falluja was in ISIS hands by about 4 January 2014."),
 "ramadi-fighting":(AR,"Article: \u2018In January\u2019; month precision."),
 "anbar-shelling":(A,"Article: \u2018the months of indiscriminate shelling\u2019 since January; month precision."),
 "anbar-reconciliation":(A,"Article: \u2018In February\u2019."),
 "krg-budget":(A,"Article: budget funds blocked during 2014; approximate months."),
 "desertions":(A,"Article and NYT: deserting \u2018months ago\u2019 until the fall of Mosul; approximate."),
 "election":(AR,"Article: \u2018the recent parliamentary elections\u2019; held 30 April 2014."),
 "election-results":(AR,"Seats from the article; results announced 19 May 2014."),
 "soma-disaster":(R,"13 May 2014; 301 dead."),
 "soma-protests":(AR,"Article: \u2018more recently the mass protest\u2019; protests of 14\u201316 May 2014, approximate end."),
 "kurdish-oil":(A,"Article: \u2018In the past month\u2019 in mid-June 2014 \u2192 May 2014."),
 "krg-first-tanker":(R,"First tanker left Ceyhan on 22 May 2014; sale announced the next day."),
 "krg-warning":(A,"Article: \u2018Only a few weeks ago\u2019 \u2192 May 2014, approximate."),
 "raqqa-well":(A,"Article: \u2018According to one report\u2019, no date \u2192 2014, approximate."),
 "raqqa-fields":(A,"As raqqa-well."),
 "grain-silos":(A,"Article, no date \u2192 2014."),
 "turkey-nusra":(AR,"Article: \u2018Only recently\u2019; designation of 3 June 2014."),
 "samarra-attack":(R,"5 June 2014; the article\u2019s \u2018approaching Baghdad from the north\u2019."),
 "mosul-assault":(R,"Fighting in Mosul from 6 June until the city fell."),
 "lorry-drivers":(AR,"Article: 28 drivers; seized around 10 June 2014, approximate."),
 "mosul-airport":(AR,"Article: \u2018Early Tuesday\u2019 \u2192 10 June 2014."),
 "mosul-falls":(AR,"Article: \u2018On Tuesday\u2019, written about 13 June 2014 \u2192 10 June 2014."),
 "mosul-prisoners":(AR,"Article: \u2018recently\u2019, with the fall of Mosul \u2192 10 June 2014."),
 "mosul-banks":(AR,"Article: \u2018reported\u2019; reports of 11 June about the 10th; approximate."),
 "mosul-arms":(A,"Article: as the army dissolved, 10\u201311 June; approximate."),
 "mosul-exodus":(AR,"Article: \u2018At least 500,000\u2019; fled 10\u201312 June 2014, approximate."),
 "consulate":(AR,"Article: hostages; consulate stormed 11 June 2014."),
 "tikrit-falls":(AR,"Article: after Mosul; 11 June 2014."),
 "baiji-falls":(AR,"Article: after Mosul; 11 June 2014."),
 "order-to-give-up":(A,"NYT interview \u2018Wednesday\u2019 \u2192 11 June 2014."),
 "army-bases":(A,"Article: \u2018In the past couple of days\u2019 \u2192 10\u201312 June 2014, approximate."),
 "kirkuk-peshmerga":(AR,"Article: \u2018they have taken\u2019; Peshmerga in Kirkuk 12 June 2014."),
 "no-quorum":(AR,"Article: \u2018yesterday\u2019 \u2192 Thursday 12 June 2014."),
 "advance-baghdad":(A,"Article: \u2018now approaching Baghdad\u2019 \u2192 12\u201313 June 2014, approximate."),
 "iran-mobilises":(A,"Article: \u2018It has already been reported\u2019 \u2192 June 2014, approximate."),
 "turkey-cross-border":(A,"Article: \u2018have given the green light\u2019 \u2192 June 2014, approximate."),
 "sharia":(A,"Article: declared after the fall of Mosul \u2192 June 2014, approximate."),
 "tal-afar-falls":(R,"After the article: fighting from 15 June, town taken 16 June 2014."),
 "baiji-refinery-siege":(R,"After the article: attack of 18 June 2014."),
}
for e in E:
    if e["key"] in EXTRA: e["sources"].append(EXTRA[e["key"]])
    b,n=BASIS[e["key"]]
    e["dateBasis"]=b; e["dateNote"]=n
assert set(BASIS)=={e["key"] for e in E}

doc={"name":"The June 2014 offensive in northern Iraq",
 "description":"Events of the ISIS offensive in northern Iraq and its background, as told in a June 2014 article, with dates from the article and the public record.",
 "attribution":"Compiled by the Tigris developers from the source article (June 2014) and the public record; see docs/dataset.md.",
 "article":{"title":ART,"file":"shared/seed/000_4c1fd880c3075928.txt","written":"2014-06-13","approximate":True,
   "dating":"Mosul fell on 'Tuesday' (10 June 2014); parliament failed to reach a quorum 'yesterday' (Thursday 12 June 2014)."},
 "licence":"Event descriptions and coordinates: CC0 1.0. Quotes from the source article and The New York Times are brief excerpts for citation and remain their authors'.",
 "schemaVersion":1,
 "categories":[{"name":n,"colour":c} for n,c in cats],"locations":locs,"events":E}
import sys
if "--table" in sys.argv:
    names={l["key"]:l["name"] for l in locs}
    print("| Key | Date | Precision | Approx. | Place | Category | Date from | Sources |")
    print("|---|---|---|---|---|---|---|---|")
    for e in sorted(E,key=lambda e:e["start"]):
        date=e["start"]+("\u2009\u2013\u2009"+e["end"] if "end" in e else "")
        srcs="; ".join(("article" if x["name"].startswith("Source article") else x["name"]) for x in e["sources"])
        print(f'| {e["key"]} | {date} | {e["precision"]} | {"yes" if e["approximate"] else ""} | {names[e["location"]]} | {e["category"]} | {e["dateBasis"]}: {e["dateNote"]} | {srcs} |')
    sys.exit(0)
print(len(E),len(locs))
json.dump(doc,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'..','..','resources','dataset','iraq2014.json'),'w'),ensure_ascii=False,indent=1)

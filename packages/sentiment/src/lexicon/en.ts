/**
 * English word lexicon (lowercase). Same grammar as es.ts (see there); no inflection, forms are listed.
 */
export const EN_WORDS = `
good 1.5; great 2.5 s; excellent 3 s; amazing 3 s; awesome 3 s; fantastic 3 s; wonderful 3 s; perfect 2.5 s
brilliant 2.5 s; lovely 2 s; nice 1.5 s; cool 1.2; fine 0.5; helpful 2; friendly 2; kind 1; quick 1.2; fast 1.2
quickly 1; smooth 1.5; smoothly 1.5; easy 1; happy 2; pleased 2; glad 2; satisfied 2; impressed 2; love 2.5
loved 2.5; loving 2; liked 1.5; enjoy 1.5; enjoyed 1.5; recommend 1.5; rock 1; rocks 1; best 1.5; superb 3 s
outstanding 3 s; fabulous 3 s; terrific 3 s; delighted 3; grateful 2.5 t; thankful 2.5 t; wow 1 s; yay 2; super 1.5 x b0.3
professional 1.5; patient 1.5; polite 1.5; clear 0.5; reliable 1.5; efficient 2; convenient 1.5; resolved 1.5
sorted 1.5; fixed 1.5; solved 1.5; works 0.3; beautiful 2 s; gorgeous 2; stellar 3 s; legend 2; lifesaver 2.5
responsive 1.5; courteous 2; attentive 1.5; knowledgeable 2; prompt 1.5; promptly 1.5; seamless 2; effortless 2
exceptional 3; phenomenal 3; incredible 2 s; pleasant 2; pleasure 2; thrilled 3; stoked 2.5; star 1; champ 1.5; sweet 1 s
neat 1; decent 1; reasonable 1; affordable 1.5
thanks 1.5 t; thank 1.5 t; thx 1.5 t; ty 1.5 t; tks 1.5 t; cheers 1.5 t; appreciate 2 t; appreciated 2 t; kudos 2.5
bad -2; terrible -3; horrible -3; awful -3; worst -3 a1; poor -2; rubbish -2.5; crap -2.5 a1.5; crappy -2.5 a1
garbage -2.5 a1; trash -2.5 a1; useless -2.5 a1; broken -2; broke -1.5; damaged -2; ruined -2.5; wrong -1.5; slow -1.5 f0.5
late -1; delayed -1.5; delay -1.2; delays -1.2; problem -1; problems -1; issue -0.8; issues -0.8; error -1.2
errors -1.2; fault -1.2; faulty -2; outage -1.5; outages -1.5; crash -1.5; crashes -1.5; crashed -1.5
crashing -1.5; annoying -2 a1; annoyed -2 a1.5; irritated -2 a1.5; frustrating -2 f1.5; frustrated -2 f2
disappointed -2 f1; disappointing -2; unhappy -2; upset -2 a1; angry -2.5 a2.5; mad -2 a2; furious -3 a3
livid -3 a3; pissed -3 a3; outraged -3 a3; ridiculous -2.5 a2.5; unacceptable -2.5 a1.5; outrageous -3 a2.5; intolerable -3 a2
disgusting -3 a2; disgrace -3 a2; disgraceful -3 a2; shocking -2.5 a1; appalling -3 a1.5; pathetic -3 a2
incompetent -3 a2; idiots -3 a3; idiot -3 a3; morons -3 a3; thieves -3 a2.5; scam -3 a2; fraud -3 a2
liars -3 a2.5; lied -2 a1.5; hate -3 a2; sucks -2.5 a1; suck -2; joke -1.5 a1; unbelievable -1.5 a1.5
meh -1; disaster -3; nightmare -3; hell -2 a1.5; damn -1.5 a1.5; dammit -2 a2; shit -2.5 a2; bullshit -3 a2.5
fuck -3 a3; fucking -3 a3; fucked -3 a3; fck -3 a3; fking -3 a3; effing -2.5 a2.5; wtf -2.5 a2.5; ffs -2.5 a2.5
stupid -2.5 a2; dumb -2 a1; faff -1; hassle -1.5; overcharged -2 a1; unfair -2 a1; rude -2.5 a1.5; lost -1
stolen -2 u1; hacked -2 u2; missing -1.5; wasted -2 a1; waste -2 a1; unfortunately -1; sadly -1; concerned -1
worried -1.5 u0.5; dead -1.5; fail -1.5; failed -1.5; fails -1.5; failing -1.5; refused -1.5; impossible -1.5
confusing -1.5; confused -1; stuck -1.5 f1; tired -1 f1; shambles -3 a1.5; cowboys -2 a1.5; mess -2; messed -2
worse -2; horrendous -3; dreadful -3; lousy -2.5; mediocre -2; cheated -2.5 a2; ripped -1.5 a1.5; unreliable -2
unhelpful -2; inconvenient -1.5; inconvenience -1; shoddy -2.5; sloppy -2; careless -2; unprofessional -2.5 a1
disrespectful -2.5 a1.5; ignored -2 f1; ignoring -2 f1; ghosted -2 f1; misleading -2 a1; scammed -3 a2; ripoff -2.5 a1.5
overcharging -2 a1; intermittent -1.5; spotty -1.5; patchy -1.5; dropped -1; drops -1; lagging -1.5; freezes -1.5
freezing -1.5; frozen -1.5; expired -1; defective -2; cracked -2; dented -1.5; smashed -2; spoiled -2; stale -1.5
incorrect -1.5; inaccurate -1.5; bogus -2 a1; nonsense -2 a1; absurd -2 a1; insane -2 a1; horrific -3; atrocious -3 a1
abysmal -3; lame -1.5; hopeless -2; irate -3 a3; enraged -3 a3; infuriating -3 a2.5; infuriated -3 a2.5
exasperated -2.5 a1 f2; exhausted -1.5 f1; stressed -1.5 u0.5; anxious -1.5 u0.5; desperate -2 u2; helpless -2 u1; disgusted -3 a2
disconnected -1.5; cancelled 0; canceled 0; unusable -2.5; overpriced -1.5; tinny -1.5; declined -1.5; bounced -1; crackles -1.5; crackling -1.5; buzzing -1; rattles -1; scratched -1.5; stained -1.5
shrank -2; shrunk -1.5; faded -1.5; tore -1.5; snapped -1.5; leaked -1.5; leaks -1.5; peeled -1; melted -1.5
crushed -2; squashed -1.5; bent -1.5; shattered -2; mouldy -2; moldy -2; rotten -2; glitch -1.5; glitches -1.5; bug -1; bugs -1
invalid -1; rejected -1.5; denied -1.5; unauthorized -2; unauthorised -2; suspicious -1.5; fraudulent -2.5 a1; dodgy -1.5
sketchy -1.5; naff -1.5; knackered -1.5; busted -1.5; kaput -2; unresponsive -2; fiasco -3; farce -2.5 a1; ordeal -2.5
headache -1.5; debacle -3; crooks -3 a2.5; crooked -2.5 a2; clowns -2.5 a2; clueless -2 a1; inept -2.5 a1.5; seething -3 a3
lying -2 a1.5; liar -3 a2.5; weird -0.5; strange -0.5
delicious 2.5; tasty 2; yummy 2; scrumptious 2.5; soggy -1.5; lukewarm -1.5; undercooked -1.5; burnt -1.5; overcooked -1; greasy -1; bland -1; sluggish -1.5; fiddly -1.5; clunky -1.5; flaky -1.5; finicky -1.5; unintuitive -1.5; cumbersome -1.5; tedious -1.5; battered -1.5; scuffed -1; flickering -1; flickers -1
torn -1.5; wobbly -1; peeling -1; faulty -2; fobbed -2 f1; buggy -2; glitchy -2; laggy -1.5; soaked -1.5; harder -1; solid 1.5; painless 1.5; gutted -2.5 f1; leak -1.5; leaking -1.5; expensive -1; rip -1
weak -1; unclear -1; vague -1; loud -0.8; slower -1.2; choppy -1.5; lag -1; lags -1; awkward -1; chuffed 2.5; rapt 2; fab 2 s; perfectly 2; flawlessly 2; beautifully 1.5
urgent 0 u3; urgently 0 u3; emergency -0.5 u3; asap 0 u2.5; immediately 0 u2; help 0 u0.3; sos -1 u3
very 0 b0.3; really 0 b0.3; so 0 b0.3; too 0 b0.2; extremely 0 b0.4; absolutely 0 b0.3; totally 0 b0.3
completely 0 b0.3; utterly 0 b0.4; incredibly 0 b0.4; truly 0 b0.3; highly 0 b0.3; such 0 b0.3; pretty 1 x b0.1
quite 0 b0.1; seriously 0 b0.3; insanely 0 b0.4; ever 0 b0.2; much 0 b0.2; most 0 b0.2; real 0 b0.2
kinda 0 b-0.3; tad 0 b-0.3; bit 0 b-0.3; slightly 0 b-0.3; somewhat 0 b-0.3; rather 0 b-0.2; little 0 b-0.2; fairly 0 b-0.1
not 0 n; never 0 n; none 0 n; nobody 0 n; nothing 0 n; neither 0 n; nor 0 n; without 0 n; cannot 0 n; hardly 0 n
barely 0 n; no 0 n; dont 0 n; doesnt 0 n; didnt 0 n; isnt 0 n; wasnt 0 n; arent 0 n; werent 0 n; cant 0 n
couldnt 0 n; wont 0 n; wouldnt 0 n; shouldnt 0 n; havent 0 n; hasnt 0 n; hadnt 0 n; aint 0 n
`;

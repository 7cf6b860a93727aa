/**
 * Spanish word lexicon (accents stripped, lowercase). Grammar, one entry per `;` or line:
 *   word[|word…] valence [flags…]
 * flags: aN anger, fN frustration, uN urgency, s = often sarcastic ("genial, otra vez…"),
 *        t = thanks, bN = intensifier (adds N to the next word's weight; negative N dampens),
 *        x = intensifier only before a sentiment word, otherwise its own valence ("bien", "harto"),
 *        n = negator, n2 = negator only right before a sentiment word ("nada mal"), p = "poco".
 * Valence is roughly -3..3. Country slang is marked in comments.
 */

/** Adjectives: expanded to feminine / plural forms (malo → mala, malos, malas; amable → amables). */
export const ES_ADJ = `
bueno 1.5 s; excelente 3 s; perfecto 2.5 s; genial 2.5 s; maravilloso 3 s; fantastico 2.5 s; estupendo 2.5 s
increible 0.5 s; espectacular 3; impecable 2.5; amable 2; atento 1.5; rapido 1.5; eficiente 2; contento 2
feliz 2.5; satisfecho 2; agradecido 2.5 t; encantado 2.5; util 1.5; recomendable 2; bonito 1.5 s; lindo 1.5 s
resuelto 1.5; solucionado 1.5; facil 1; comodo 1; puntual 1.5; simpatico 2; profesional 1.5
buenisimo 3 s; majo 2; carinoso 2; mejor 1; correcto 0.5; tranquilo 0.5
impeque 2.5; bacan 2.5; filete 2
chido 2.5; padrisimo 3; chingon 2.5
copado 2.5; barbaro 2 s; genio 2; capo 2; groso 2; grosso 2; aplauso 1.5 s; piola 1.5; bakan 2.5; joya 2
bacano 2.5; chevere 2.5; berraco -1.5 a2
guay 2.5 s; flipante 2
eficaz 2; resolutivo 2; fenomenal 2.5 s; buenazo 2; encantador 2; servicial 2; cordial 1.5; diligente 1.5; agil 1.5
malo -2; malito -1.5; malita -1.5; malitos -1.5; malitas -1.5; pesimo -3; horrible -3; terrible -2.5; fatal -2.5; lento -1.5 f0.5; caro -1; roto -2; danado -2
defectuoso -2; incompleto -1.5; equivocado -1.5; incorrecto -1.5; molesto -1.5 a1; enojado -2 a2
furioso -3 a3; indignado -2.5 a2; harto -2.5 a2.5 x; cabreado -2.5 a2.5; encabronado -3 a3; emputado -3 a3
podrido -2 a2; frustrado -2 f2; decepcionado -2 f1; triste -1.5; preocupado -1 u0.5; desesperado -2 u2 f1.5
cansado -1 f1; aburrido -1; inutil -2.5 a1; incompetente -2.5 a1.5; ladron -2.5 a2.5; ratero -2.5 a2.5
sinverguenza -2.5 a2.5; estafador -3 a2.5; mentiroso -2.5 a2; ineficiente -2; deficiente -2; lamentable -2.5
vergonzoso -2.5 a1; penoso -2.5; nefasto -3; asqueroso -3 a1; insoportable -2.5 a1.5; intolerable -3 a2; mojado -1.5; rayado -1.5; inaceptable -2.5 a1.5; absurdo -2 a1
ridiculo -2 a1.5; patetico -2.5 a1; desastroso -3; mediocre -2; bloqueado -1.2; hackeado -2 u2; caido -1.5
atrasado -1.5; retrasado -1.5; demorado -1.5; confuso -1.5; complicado -1; imposible -1.5; injusto -2 a1
estupido -2.5 a2.5; pelotudo -2.5 a2.5; boludo -0.3 a0.7; huevon -0.3 a0.7; weon -0.3 a0.7; hueon -0.3 a0.7
chato -1 a2; fome -1.5; penca -2; charcha -2; choreado -1.5 a1.5; picado -1 a1
chafa -2; gacho -2; culero -2.5 a2
chanta -2.5 a2.5; trucho -2
mamado -1.5 a2; maluco -2; peye -2
intermitente -1.5; extraviado -1.5; perdido -1; vencido -1; enganoso -2 a1; abusivo -2.5 a1.5; pesimamente -3
chungo -1.5; cutre -2; borde -1.5; pesado -1 f0.5; jodido -2 a1.5
abollado -1.5; quebrado -2; trizado -2; despegado -1.5; descosido -1.5; manchado -1.5; sucio -1.5; caducado -1.5
golpeado -1.5; aplastado -1.5; oxidado -1.5; destenido -1.5; estropeado -2; averiado -2; descompuesto -1.5; fallado -2
inservible -2.5; trabado -1.5; rajado -1.5; agujereado -1.5; desprolijo -1.5; descuidado -1.5; chueco -1; torcido -1
positivo 1.5; lentitud -1.5; delicioso 2; sabroso 2; exquisito 2.5; rico 1.5; calentito 1; fresquito 1; maltratado -1.5; chafado -1.5; enredado -1.5; engorroso -1.5; intuitivo 1.5
impresentable -2.5 a2; prepotente -2 a1.5; grosero -2 a1.5; maleducado -2 a1.5; usurero -2.5 a2; canalla -2.5 a2; miserable -2 a1; inepto -2.5 a2; inoperante -2 a1; negligente -2 a1; irresponsable -2 a1; tramposo -2.5 a2; aprovechado -2 a1.5
`;

/** Fixed words: nouns, verbs, interjections, function words (no inflection). */
export const ES_WORDS = `
gracias 1.5 t; agradezco 2 t; agradecemos 2 t; agradecida 2.5 t; felicito 2.5; felicitar 2.5; felicitarlos 2.5; felicitarles 2.5; felicitarla 2.5; felicitarlo 2.5; felicitarle 2.5; felicitaciones 2.5; felicidades 2
enhorabuena 2.5; encanta 2.5; encanto 2.5; encantan 2.5; gusta 1.5; gusto 1.5; gustan 1.5; gustaria 0; amo 2
recomiendo 2; ayudaron 1; resolvieron 1.5; solucionaron 1.5; arreglaron 1.5; resolvio 1.5; soluciono 1.5
bien 1 x s; rapidez 1.5; amabilidad 2; excelencia 2; salvaron 2; lujo 2; mola 2.5; molan 2.5; crack 2; chimba 2
fallando -1.5; fallar -1; bravo 1.5 s; eficiencia 2 s; eficacia 2; cumplieron 1.5; ok 0.2; dale 0.2; vale 0.2
mal -2; problema -1; problemas -1; falla -1.5; fallas -1.5; error -1.2; errores -1.2; averia -1.5; queja -1; quejas -1
reclamo -1; reclamos -1; reclamacion -1; abuso -2.5 a1.5; estafa -3 a2; robo -2.5 a1.5; verguenza -2.5 a1.5
burla -2.5 a1.5; desastre -2.5; porqueria -3 a2; basura -2.5 a1.5; mierda -2.5 a2; bosta -2.5; cagada -2.5 a0.5
garron -2; chapuza -2; cachondeo -2 a1; lio -1; odio -3 a2; detesto -3 a2; molesta -1.5 a1; fastidia -1.5 a1
decepciona -2; empeorado -1.5; empeora -1.5; peor -2; lamentablemente -1; desgraciadamente -1; demora -0.4
demoras -1; cagaron -2.5 a1; cagan -2 a1; cagaste -2.5 a1; retraso -1.5; atraso -1.5; aumento -1; corte -1; cortes -1; cortaron -1.5; cortan -1.5; corta -1
rechazaron -1.5; rechazo -1.2; rebota -1; reboto -1; bloquearon -1.5; robaron -2 u1; mentira -2 a1; mentiras -2 a1; caos -2; pesadilla -2.5
infierno -2.5; raya -1; fuga -1.5; gotera -1.5; goteras -1.5; bajon -1.5; mamera -1.5 f1; pereza -1; paila -1.5; lata -1; tedio -1; rabia -2 a2; bronca -2 a2
colmo -2 a1.5; perdi -1; perdimos -1; fallo -1.5; engano -2 a1; enganaron -2 a1.5
lastima -1.5; inconveniente -1; inconvenientes -1; odisea -2; calvario -2.5; suplicio -2.5; martirio -2.5; tortura -2.5
afano -2.5 a2; choreo -2.5 a2; chorros -2.5 a2.5; timo -2.5 a2; atraco -2.5 a2; mintieron -2 a1.5; mienten -2 a1.5
recargo -0.8; multa -1; penalidad -1; tardanza -1.5; descaro -2 a1.5; raro -0.5; rara -0.5; raros -0.5; raras -0.5
joder -2 a2; carajo -1.5 a1.5; puta -1.5 a1.5; puto -1.5 a1.5; ctm -2.5 a2.5; csm -2.5 a2.5; conchetumare -3 a3
conchesumadre -3 a3; hdp -2.5 a2.5; hijueputa -3 a3; malparido -3 a3; malparidos -3 a3; gonorrea -2.5 a2.5
pendejo -2.5 a2.5; pendejos -2.5 a2.5; pinche -1 a0.5; verga -1.5 a1; chingada -2 a2; chingados -2 a2
cabron -2 a2; cabrones -2 a2; gilipollas -3 a3; imbecil -3 a3; imbeciles -3 a3; idiota -3 a3; idiotas -3 a3
forro -1.5 a1.5; forros -2.5 a2.5; payaso -2 a1.5; payasos -2 a1.5; cono -1.5 a1.5; hostia -1 a1; hostias -1 a1
mamones -2.5 a2; huevada -2 a1.5; hueva -1.5 a1; maravilla 2 s; faltan -1.5; falto -1; plantado -2; novedad 0
 wn -0.3 a0.7; wey -0.1 a0.3; guey -0.1 a0.3
urgente 0 u3; urgencia 0 u3; emergencia -0.5 u3; auxilio -1 u2.5; socorro -1 u2.5; inmediatamente 0 u2
muy 0 b0.3; super 0 b0.3; re 0 b0.3; tan 0 b0.3; demasiado 0 b0.3; bastante 0 b0.2; totalmente 0 b0.3
completamente 0 b0.3; absolutamente 0 b0.3; realmente 0 b0.3; sumamente 0 b0.4; extremadamente 0 b0.4
increiblemente 0 b0.4; mega 0 b0.3; ultra 0 b0.3; requete 0 b0.4; recontra 0 b0.4; mil 0 b0.3; muchas 0 b0.3
muchisimas 0 b0.4; mucha 0 b0.3; mucho 0 b0.3; menuda 0 b0.3; menudo 0 b0.3; tremendo 0 b0.3; tremenda 0 b0.3; terriblemente 0 b0.3
algo 0 b-0.2; medio 0 b-0.2; poco 0 p; poquito 0 p
no 0 n; nunca 0 n; jamas 0 n; ni 0 n; nadie 0 n; tampoco 0 n; ningun 0 n; ninguna 0 n; ninguno 0 n
sin 0 n; nada 0 n2
`;

/**
 * Sentiment benchmark: quality on the labelled eval set (per language and split, per writing round of
 * the test split, and per round overall, with the previous analyzer's figures on the same labels), the
 * escalation model's leave-one-round-out cross-validation, how often each sensitivity escalates, and
 * throughput, and how time grows with hostile text. Run with `npx tsx bench/sentiment/run.ts`; writes bench/results/sentiment.json and .md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, COMBINATION, escalationModel, foldedWords, SENSITIVITIES } from '@ruta/sentiment';
import { type EvalMiss, evaluate, type LabeledMessage, parseEvalJsonl } from '@ruta/sentiment/metrics';
import { crossValidate } from './cv';
import { ESCALATION_ONLY_BLIND, TRAINING_BLIND } from './eval-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rows = parseEvalJsonl(readFileSync(join(root, 'packages/sentiment/eval/messages.jsonl'), 'utf8'));
/** The held-out round of v6, in its own file: never trained or tuned on (see eval/README.md). */
const HELD_OUT_FILE = 'packages/sentiment/eval/round-10.jsonl';
const heldOut = parseEvalJsonl(readFileSync(join(root, HELD_OUT_FILE), 'utf8'));
const outDir = join(root, 'bench/results');
const TARGET = { macroF1: 0.85, escalationRecall: 0.95, escalationPrecision: 0.8, maxMicrosPerMessage: 1000 };
/** The held-out round of this version (see eval/README.md); round 9 was v5's. */
const HELD_OUT_ROUND = 10;
const PREVIOUS_HELD_OUT_ROUND = 9;
/** The former blind round, now in messages.jsonl: its dev half was tuned on, its test half checked. */
const FORMER_BLIND_ROUND = 7;
/**
 * The previous analyzer (v5, commit f5860b2) on the rows v6 added, measured once before any v6 change:
 * macro-F1 / escalation precision / recall, per slice and language.
 */
const V5: Record<string, [number, number, number]> = {
  '7 dev/es': [0.874, 0.902, 0.974],
  '7 dev/en': [0.855, 0.958, 0.885],
  '7 test/es': [0.94, 1, 0.974],
  '7 test/en': [0.889, 0.846, 0.917],
  '7/es': [0.907, 0.949, 0.974],
  '7/en': [0.87, 0.9, 0.9],
  '10/es': [0.784, 0.917, 0.88],
  '10/en': [0.825, 0.932, 0.891],
};
/**
 * The lead's blind round, measured once on v4 and once on v5 before it became round 7 of the eval set
 * (figures as reported then, on its 270 rows: 150 es with 76 escalations, 120 en with 50).
 */
const BLIND_1 = [
  {
    lang: 'es',
    count: 150,
    macroF1: [0.876, 0.907],
    escalationPrecision: [0.947, 0.949],
    escalationRecall: [0.474, 0.974],
  },
  { lang: 'en', count: 120, macroF1: [0.838, 0.871], escalationPrecision: [0.92, 0.9], escalationRecall: [0.46, 0.9] },
] as const;
/**
 * The second blind round (blind-2, eval/blind-2.jsonl): 300 messages written by someone who had not seen the analyzer,
 * labelled again independently by a second annotator from the labelling guide alone (the `second` field); scored on
 * v5 before v6's changes were merged (these figures), and on the analyzer in the tree (computed below).
 */
const BLIND_2_FILE = 'packages/sentiment/eval/blind-2.jsonl';
const BLIND_2_V5: Record<'es' | 'en', [number, number, number]> = {
  es: [0.784, 0.703, 0.9],
  en: [0.71, 0.712, 0.74],
};
type SecondOpinion = { second: { label: string; escalate: boolean } };
type Blind = LabeledMessage & SecondOpinion;
const blind2 = parseEvalJsonl(readFileSync(join(root, BLIND_2_FILE), 'utf8')) as Blind[];
type BySensitivity = Record<'es' | 'en', Record<'anger' | 'strong' | 'any', [number, number, number]>>;
/**
 * The later blind rounds (eval/blind-3.jsonl round 12, blind-4.jsonl 13, blind-5.jsonl 14, blind-6.jsonl 15, …): messages by writers who had not read the analyzer, its lexicon or its data, each labelled again by a second
 * annotator from the guide alone and kept outside the repository until the version it measures was frozen. `before`
 * is the analyzer that was current when the round was scored once (macro-F1, escalation recall, precision per
 * sensitivity); the tree's figures are computed below. The shipped models train on the rounds eval-files.ts lists;
 * the rounds after them were read when the rules were written (in-sample for the rules, not for the models).
 */
const BLIND_ROUNDS: {
  name: string;
  file: string;
  before: string;
  beforeFigures: BySensitivity;
  unseen: boolean;
  /** Read once, and nothing written or trained from it (a choice between versions was made with it in view). */
  readOnly?: boolean;
}[] = [
  {
    name: 'blind-3',
    file: 'packages/sentiment/eval/blind-3.jsonl',
    before: 'v6 (e046d8f), scored before v7 was merged',
    beforeFigures: {
      es: { anger: [0.873, 0.34, 0.944], strong: [0.873, 0.96, 0.738], any: [0.873, 0.96, 0.558] },
      en: { anger: [0.827, 0.16, 0.889], strong: [0.827, 0.84, 0.792], any: [0.827, 0.84, 0.583] },
    },
    unseen: false,
  },
  {
    name: 'blind-4',
    file: 'packages/sentiment/eval/blind-4.jsonl',
    before: 'v7 (d7e4988), scored with v8 (1e4d840) before either trained on it',
    beforeFigures: {
      es: { anger: [0.936, 0.2, 1], strong: [0.936, 0.9, 0.926], any: [0.936, 0.957, 0.657] },
      en: { anger: [0.942, 0.186, 1], strong: [0.942, 0.9, 0.955], any: [0.942, 0.957, 0.65] },
    },
    unseen: false,
  },
  {
    name: 'blind-5',
    file: 'packages/sentiment/eval/blind-5.jsonl',
    before: 'v7 (d7e4988), scored once with v8 (1e4d840) and v9 (e8ad5db) after v9 was frozen',
    beforeFigures: {
      es: { anger: [0.9, 0.157, 0.917], strong: [0.9, 0.771, 0.857], any: [0.9, 0.857, 0.577] },
      en: { anger: [0.888, 0.129, 1], strong: [0.888, 0.829, 0.866], any: [0.888, 0.886, 0.554] },
    },
    unseen: false,
  },
  {
    name: 'blind-6',
    file: 'packages/sentiment/eval/blind-6.jsonl',
    before:
      'v7 (d7e4988), scored once with v9 and v10 (09ecd9a) after v10 was frozen; 3 messages identical to blind-4 rows left out',
    beforeFigures: {
      es: { anger: [0.922, 0.181, 1], strong: [0.922, 0.958, 0.873], any: [0.922, 0.972, 0.619] },
      en: { anger: [0.899, 0.208, 1], strong: [0.899, 0.903, 0.956], any: [0.899, 0.944, 0.63] },
    },
    unseen: false,
  },
  {
    name: 'blind-7',
    file: 'packages/sentiment/eval/blind-7.jsonl',
    before:
      'v7 (d7e4988), scored once with v10 (09ecd9a) and v11 (2561355) after v11 was frozen; its writer was told to include porting codes and journalists (kinds the guide lists) after blind-6 showed v10 missing them',
    beforeFigures: {
      es: { anger: [0.89, 0.236, 1], strong: [0.89, 0.944, 0.829], any: [0.89, 1, 0.59] },
      en: { anger: [0.883, 0.25, 0.947], strong: [0.883, 0.917, 0.857], any: [0.883, 0.972, 0.598] },
    },
    unseen: false,
  },
  {
    name: 'blind-8',
    file: 'packages/sentiment/eval/blind-8.jsonl',
    before:
      'v7 (d7e4988), scored once with v11 (2561355) after v11 was frozen; its writer had the first blind round’s brief, with no kind singled out',
    beforeFigures: {
      es: { anger: [0.908, 0.222, 1], strong: [0.908, 0.972, 0.875], any: [0.908, 1, 0.661] },
      en: { anger: [0.868, 0.139, 1], strong: [0.868, 0.931, 0.944], any: [0.868, 0.944, 0.63] },
    },
    unseen: false,
  },
  {
    name: 'blind-9',
    file: 'packages/sentiment/eval/blind-9.jsonl',
    before:
      'v7 (d7e4988), scored once with v11 (40f8d61) and v12 (7102338) after v12 was frozen; its writer had the first blind round’s brief, with no kind singled out',
    beforeFigures: {
      es: { anger: [0.924, 0.171, 0.923], strong: [0.924, 0.943, 0.846], any: [0.924, 0.971, 0.694] },
      en: { anger: [0.901, 0.129, 0.9], strong: [0.901, 0.929, 0.915], any: [0.901, 0.957, 0.705] },
    },
    unseen: false,
  },
  {
    name: 'blind-10',
    file: 'packages/sentiment/eval/blind-10.jsonl',
    before:
      'v7 (d7e4988), scored once with v12 (3783037) and v13 (e37009c) after v13 was frozen; written while v13 was being built, by a writer with the first blind round’s brief; 3 messages identical to earlier rounds left out',
    beforeFigures: {
      es: { anger: [0.893, 0.239, 0.842], strong: [0.893, 0.866, 0.866], any: [0.893, 0.955, 0.681] },
      en: { anger: [0.844, 0.141, 1], strong: [0.844, 0.944, 0.859], any: [0.844, 0.986, 0.66] },
    },
    unseen: false,
  },
  {
    name: 'blind-11',
    file: 'packages/sentiment/eval/blind-11.jsonl',
    before:
      'v7 (d7e4988), scored once with v13 (5be74bd) and v14 (374bad3) after v14 was frozen; written while v14 was being built, by a writer with the first blind round’s brief; 1 message identical to an earlier round left out',
    beforeFigures: {
      es: { anger: [0.913, 0.186, 0.929], strong: [0.913, 0.971, 0.883], any: [0.913, 0.986, 0.726] },
      en: { anger: [0.901, 0.1, 1], strong: [0.901, 0.871, 0.91], any: [0.901, 0.957, 0.77] },
    },
    unseen: false,
  },
  {
    name: 'blind-12',
    file: 'packages/sentiment/eval/blind-12.jsonl',
    before:
      'v7 (d7e4988), scored once with v14 (07fe8d3) and v15 (2c57acd) after v15 was frozen; written while v15 was being built, by a writer with the first blind round’s brief',
    beforeFigures: {
      es: { anger: [0.942, 0.189, 0.933], strong: [0.942, 0.959, 0.91], any: [0.942, 0.973, 0.735] },
      en: { anger: [0.921, 0.151, 0.917], strong: [0.921, 0.932, 0.872], any: [0.921, 0.986, 0.727] },
    },
    unseen: false,
  },
  {
    name: 'blind-13',
    file: 'packages/sentiment/eval/blind-13.jsonl',
    before:
      'v7 (d7e4988), scored once with v14 (07fe8d3), v15 (b15ddb0) and v16 (2e47f6f) after v16 was frozen; written while v16 was being built, by a writer asked for more varied voices and harder look-alikes; 1 message identical to an earlier round left out',
    beforeFigures: {
      es: { anger: [0.863, 0.208, 0.789], strong: [0.863, 0.931, 0.788], any: [0.863, 0.972, 0.673] },
      // biome-ignore lint/suspicious/noApproximativeNumericConstant: a measured precision (0.693), not ln 2.
      en: { anger: [0.9, 0.113, 0.667], strong: [0.9, 0.915, 0.844], any: [0.9, 0.986, 0.693] },
    },
    unseen: false,
  },
  {
    name: 'blind-14',
    file: 'packages/sentiment/eval/blind-14.jsonl',
    before:
      'v7 (d7e4988), scored once with v14 (07fe8d3), v16 (e248704) and v17 (821bdfa) after v17 was frozen; written while v17 was being built, by a writer with blind-13’s brief; 2 messages identical to an earlier round left out',
    beforeFigures: {
      es: { anger: [0.935, 0.229, 0.727], strong: [0.935, 0.986, 0.831], any: [0.935, 1, 0.737] },
      en: { anger: [0.911, 0.191, 0.867], strong: [0.911, 0.971, 0.857], any: [0.911, 0.985, 0.705] },
    },
    unseen: false,
  },
  {
    name: 'blind-15',
    file: 'packages/sentiment/eval/blind-15.jsonl',
    before:
      'v7 (d7e4988), scored once with v14 (07fe8d3), v16 (e248704), v17 (8f9e429) and v18 (d130174) after v18 was frozen; written while v18 was being built, by a writer asked for hard, varied voices and look-alikes; a harder round than blind-14 (v18 es 0.954 / 94.3% / 78.6%, en 0.958 / 80.6% / 85.3%)',
    beforeFigures: {
      es: { anger: [0.863, 0.114, 0.615], strong: [0.863, 0.886, 0.738], any: [0.863, 0.986, 0.605] },
      en: { anger: [0.871, 0.167, 0.8], strong: [0.871, 0.694, 0.725], any: [0.871, 0.917, 0.584] },
    },
    unseen: false,
  },
  {
    name: 'blind-16',
    file: 'packages/sentiment/eval/blind-16.jsonl',
    before:
      'v7 (d7e4988), scored once with v17 (8f9e429), v18 (d130174) and v19 (d2bffb3) after v19 was frozen; written while v19 was being built, by a writer asked for messages as they really arrive (messy voices, subtle escalations, near misses); v19 es 0.900 / 97.1% / 82.9%, en 0.899 / 88.6% / 86.1%. v20’s rules were written with it in view; its models do not train on it',
    beforeFigures: {
      es: { anger: [0.834, 0.257, 0.692], strong: [0.834, 0.929, 0.722], any: [0.834, 1, 0.565] },
      en: { anger: [0.795, 0.2, 0.7], strong: [0.795, 0.886, 0.775], any: [0.795, 0.929, 0.551] },
    },
    unseen: false,
  },
  {
    name: 'blind-17',
    file: 'packages/sentiment/eval/blind-17.jsonl',
    before:
      'v7 (d7e4988), scored once with v19 (d2bffb3) and v20 (1ef2c9b) after v20 was frozen; written while v20 was being built, by a writer asked for understatement, flat facts and irony in 21 Spanish- and 17 English-speaking countries; v20 es 0.917 / 92.8% / 91.4%, en 0.947 / 90.0% / 91.3%.',
    beforeFigures: {
      es: { anger: [0.886, 0.188, 0.722], strong: [0.886, 0.928, 0.853], any: [0.886, 0.957, 0.641] },
      en: { anger: [0.893, 0.129, 0.818], strong: [0.893, 0.871, 0.836], any: [0.893, 0.929, 0.625] },
    },
    unseen: false,
  },
  {
    name: 'blind-18',
    file: 'packages/sentiment/eval/blind-18.jsonl',
    before:
      'v7 (d7e4988), scored once with v20 (1ef2c9b) and v21 (c116ae1) after v21 was frozen; written while v21 was being built, by a writer asked to spread the escalations over every reason, most of them polite or indirect (a person asked for by the back door, a rival’s offer, a relative at a newspaper); v21 es 0.920 / 91.4% / 90.1%, en 0.933 / 84.3% / 93.7%',
    beforeFigures: {
      es: { anger: [0.877, 0.143, 0.769], strong: [0.877, 0.871, 0.824], any: [0.877, 0.943, 0.641] },
      en: { anger: [0.841, 0.129, 0.9], strong: [0.841, 0.8, 0.824], any: [0.841, 0.929, 0.613] },
    },
    unseen: false,
  },
  {
    name: 'blind-19',
    file: 'packages/sentiment/eval/blind-19.jsonl',
    before:
      'v7 (d7e4988), scored once with v20 (1ef2c9b) and v22 (e8cf1d6) after v22 was frozen; written while v22 was being built, by a writer asked for 20 Spanish- and 17 English-speaking countries with 65 escalations per language carrying no anger word (a rival named with its offer, a deadline of tomorrow asked for today, a person asked for by title); v22 es 0.937 / 92.9% / 87.8%, en 0.933 / 88.6% / 92.5%',
    beforeFigures: {
      es: { anger: [0.923, 0.157, 0.733], strong: [0.923, 0.857, 0.833], any: [0.923, 0.943, 0.559] },
      en: { anger: [0.843, 0.129, 0.75], strong: [0.843, 0.857, 0.822], any: [0.843, 0.871, 0.54] },
    },
    unseen: false,
  },
  {
    name: 'blind-20',
    file: 'packages/sentiment/eval/blind-20.jsonl',
    before:
      'v7 (d7e4988), scored once with v20 (1ef2c9b), v22 (e8cf1d6) and v23 (5cc6c62) after v23 was frozen; written while v23 was being built by four writers (two per language, 10 Spanish- and 22 English-speaking countries between them), 32 of each 35 escalations per hundred with no anger word; v23 es 0.939 / 94.3% / 85.7%, en 0.947 / 88.6% / 81.6%',
    beforeFigures: {
      es: { anger: [0.897, 0.243, 0.895], strong: [0.897, 0.929, 0.747], any: [0.897, 0.943, 0.528] },
      en: { anger: [0.866, 0.2, 1], strong: [0.866, 0.8, 0.737], any: [0.866, 0.886, 0.481] },
    },
    unseen: false,
  },
  {
    name: 'blind-21',
    file: 'packages/sentiment/eval/blind-21.jsonl',
    before:
      "v7 (d7e4988), scored once with v20 (1ef2c9b), v23 (5cc6c62) and v24 (7bf3002) after v24 was frozen; written while v24 was being built by four writers (two per language, 20 countries between them) asked for every shape a message takes (voice notes, long emails, quoted replies, two issues at once); v24 es 0.914 / 88.6% / 80.5%, en 0.922 / 90.0% / 82.9%. v25 (its escalation model trained on blind-16 … blind-20 too) was chosen after it was read, and v26's escalation model trains on it",
    beforeFigures: {
      es: { anger: [0.86, 0.171, 0.6], strong: [0.86, 0.886, 0.705], any: [0.86, 0.957, 0.5] },
      en: { anger: [0.846, 0.143, 0.714], strong: [0.846, 0.829, 0.784], any: [0.846, 0.914, 0.512] },
    },
    unseen: false,
  },
  {
    name: 'blind-22',
    file: 'packages/sentiment/eval/blind-22.jsonl',
    before:
      "v7 (d7e4988), scored once with v24 (7bf3002) and v25 (607e07f) after v25 was frozen; written while v25 was being built by four writers (two per language, 20 countries between them); v25 es 0.952 / 97.1% / 90.7%, en 0.900 / 90.0% / 90.0%. v26's rules were written from it and its escalation model trains on it",
    beforeFigures: {
      es: { anger: [0.89, 0.229, 0.8], strong: [0.89, 0.914, 0.727], any: [0.89, 0.986, 0.5] },
      en: { anger: [0.825, 0.114, 0.615], strong: [0.825, 0.814, 0.803], any: [0.825, 0.943, 0.52] },
    },
    unseen: false,
  },
  {
    name: 'blind-23',
    file: 'packages/sentiment/eval/blind-23.jsonl',
    before:
      "v7 (d7e4988), scored once with v25 (607e07f) and v26 (8b07a5b) after v26 was frozen; written while v26 was being built by four writers (two per language, 36 countries between them); v26 es 0.941 / 94.3% / 91.7%, en 0.914 / 88.6% / 87.3% (v25 es 0.941 / 92.9% / 94.2%, en 0.914 / 88.6% / 87.3%). v27's rules were written from it and its escalation model trains on it",
    beforeFigures: {
      es: { anger: [0.889, 0.171, 0.8], strong: [0.889, 0.886, 0.805], any: [0.889, 0.971, 0.567] },
      en: { anger: [0.794, 0.171, 0.857], strong: [0.794, 0.871, 0.836], any: [0.794, 0.9, 0.516] },
    },
    unseen: false,
  },
  {
    name: 'blind-24',
    file: 'packages/sentiment/eval/blind-24.jsonl',
    before:
      "v7 (d7e4988), scored once with v26 (8b07a5b) and v27 (f3c8497) after v27 was frozen; written while v27 was being built by four writers (two per language, 40 countries between them) asked for a third of the messages in other shapes (voice notes, formal emails, quoted replies, two issues at once); v27 es 0.895 / 90.0% / 90.0%, en 0.860 / 90.0% / 90.0% (v26 es 0.895 / 88.6% / 91.2%, en 0.860 / 87.1% / 88.4%). v28's rules were written from it and its escalation model trains on it",
    beforeFigures: {
      es: { anger: [0.789, 0.2, 0.875], strong: [0.789, 0.843, 0.787], any: [0.789, 0.914, 0.587] },
      en: { anger: [0.766, 0.143, 0.714], strong: [0.766, 0.814, 0.814], any: [0.766, 0.914, 0.571] },
    },
    unseen: false,
  },
  {
    name: 'blind-25',
    file: 'packages/sentiment/eval/blind-25.jsonl',
    before:
      "v7 (d7e4988), scored once with v27 (f3c8497) and v28 (5535664) after v28 was frozen; written while v28 was being built by four writers (two per language, 43 countries between them), half of them about companies less common in earlier rounds (car repairs, letting agents, nurseries, vets, funeral services, tolls, betting apps, prepaid electricity); v28 es 0.897 / 97.1% / 91.9%, en 0.916 / 85.7% / 87.0% (v27 es 0.897 / 97.1% / 90.7%, en 0.912 / 85.7% / 85.7%). v29's rules were written from it and its escalation model trains on it",
    beforeFigures: {
      es: { anger: [0.804, 0.143, 0.769], strong: [0.804, 0.943, 0.786], any: [0.804, 0.957, 0.545] },
      en: { anger: [0.808, 0.157, 0.786], strong: [0.808, 0.757, 0.736], any: [0.808, 0.886, 0.559] },
    },
    unseen: false,
  },
  {
    name: 'blind-26',
    file: 'packages/sentiment/eval/blind-26.jsonl',
    before:
      "v7 (d7e4988), scored once with v28 (5535664) and v29 (963d92d) after v29 was frozen; written while v29 was being built by four writers (two per language, 44 countries between them); v29 es 0.967 / 95.7% / 95.7%, en 0.868 / 87.1% / 89.7% (v28 the same). v30's rules were written from it and its escalation model trains on it",
    beforeFigures: {
      es: { anger: [0.826, 0.157, 0.786], strong: [0.826, 0.886, 0.873], any: [0.826, 0.914, 0.61] },
      en: { anger: [0.808, 0.1, 0.875], strong: [0.808, 0.743, 0.8], any: [0.808, 0.843, 0.567] },
    },
    unseen: false,
  },
  {
    name: 'blind-27',
    file: 'packages/sentiment/eval/blind-27.jsonl',
    before:
      "v7 (d7e4988), scored once with v29 (963d92d) and v30 (e0b08cd) after v30 was frozen; written while v30 was being built by four writers (two per language, 44 countries between them); v30 es 0.918 / 91.4% / 90.1%, en 0.918 / 91.4% / 87.7% (v29 es 0.918 / 91.4% / 87.7%, en the same as v30). v31's rules were written from it; nothing trains on it",
    beforeFigures: {
      es: { anger: [0.841, 0.186, 0.867], strong: [0.841, 0.886, 0.775], any: [0.841, 0.957, 0.545] },
      en: { anger: [0.83, 0.143, 0.909], strong: [0.83, 0.786, 0.764], any: [0.83, 0.9, 0.563] },
    },
    unseen: false,
  },
  {
    name: 'blind-28',
    file: 'packages/sentiment/eval/blind-28.jsonl',
    before:
      "v7 (d7e4988), scored once with v30 (016d842) and v31 (871076d) after v31 was frozen; written while v31 was being built by four writers (two per language, 44 countries between them); v31 es 0.951 / 95.7% / 91.8%, en 0.900 / 88.6% / 84.9% (v30 es 0.951 / 95.7% / 93.1%, en 0.900 / 88.6% / 83.8%). v32's rules were written from it; nothing trains on it",
    beforeFigures: {
      es: { anger: [0.851, 0.171, 0.75], strong: [0.851, 0.886, 0.795], any: [0.851, 0.957, 0.578] },
      en: { anger: [0.798, 0.143, 0.667], strong: [0.798, 0.829, 0.753], any: [0.798, 0.914, 0.547] },
    },
    unseen: false,
  },
  {
    name: 'blind-29',
    file: 'packages/sentiment/eval/blind-29.jsonl',
    before:
      "v7 (d7e4988), scored once with v31 (98da225) and v32 (f031163) after v32 was frozen; written while v32 was being built by four writers (two per language, 37 countries between them); v32 es 0.942 / 97.1% / 86.1%, en 0.876 / 94.3% / 94.3% (v31 es 0.947 / 97.1% / 88.3%, en the same as v32). v33's rules were written from it; nothing trains on it",
    beforeFigures: {
      es: { anger: [0.865, 0.214, 0.833], strong: [0.865, 0.943, 0.815], any: [0.865, 0.957, 0.568] },
      en: { anger: [0.803, 0.186, 0.867], strong: [0.803, 0.886, 0.775], any: [0.803, 0.943, 0.595] },
    },
    unseen: false,
  },
  {
    name: 'blind-30',
    file: 'packages/sentiment/eval/blind-30.jsonl',
    before:
      "v7 (d7e4988), scored once with v31 (98da225), v32 (a834755) and v33 (ac05234) after v33 was frozen; written while v33 was being built by four writers (two per language, 42 countries between them); v33 es 0.917 / 95.7% / 93.1%, en 0.880 / 87.1% / 92.4% (v32 es 0.913 / 95.7% / 90.5%, en the same as v33; v31 es 0.913 / 94.3% / 90.4%, en 0.880 / 85.7% / 92.3%). v34's rules were written from it; nothing trains on it",
    beforeFigures: {
      es: { anger: [0.891, 0.243, 0.85], strong: [0.891, 0.929, 0.802], any: [0.891, 0.929, 0.575] },
      en: { anger: [0.814, 0.143, 0.833], strong: [0.814, 0.786, 0.846], any: [0.814, 0.857, 0.545] },
    },
    unseen: false,
  },
  {
    name: 'blind-31',
    file: 'packages/sentiment/eval/blind-31.jsonl',
    before:
      "v7 (d7e4988), scored once with v33 (7c28653) and v34 (64fc122) after v34 was frozen; written while v34 was being built by four writers (two per language, 43 countries between them); v34 es 0.925 / 97.1% / 94.4%, en 0.895 / 92.9% / 87.8% (v33 the same but en macro-F1 0.891). v35's rules were written from it; nothing trains on it",
    beforeFigures: {
      es: { anger: [0.904, 0.2, 0.875], strong: [0.904, 0.886, 0.827], any: [0.904, 0.929, 0.586] },
      en: { anger: [0.784, 0.143, 0.769], strong: [0.784, 0.814, 0.792], any: [0.784, 0.886, 0.574] },
    },
    unseen: false,
  },
  {
    name: 'blind-32',
    file: 'packages/sentiment/eval/blind-32.jsonl',
    before:
      "v7 (d7e4988), scored once with v34 (7cc1016) and v35 (c4b3001) after v35 was frozen; written while v35 was being built by four writers (two per language, 40 countries between them); v35 es 0.933 / 95.7% / 91.8%, en 0.905 / 90.0% / 94.0% (v34 the same). v36's rules were written from it; nothing trains on it",
    beforeFigures: {
      es: { anger: [0.888, 0.243, 1], strong: [0.888, 0.929, 0.89], any: [0.888, 0.957, 0.713] },
      en: { anger: [0.872, 0.157, 1], strong: [0.872, 0.814, 0.891], any: [0.872, 0.929, 0.699] },
    },
    unseen: false,
  },
  {
    name: 'blind-33',
    file: 'packages/sentiment/eval/blind-33.jsonl',
    before:
      "v7 (d7e4988), scored once with v35 (54aeb75) and v36 (809195c) after v36 was frozen; written while v36 was being built by four writers (two per language, 42 countries between them); v36 es 0.924 / 97.1% / 91.8%, en 0.943 / 88.6% / 98.4% (v35 the same). v37's rules were written from it; nothing trains on it",
    beforeFigures: {
      // biome-ignore lint/suspicious/noApproximativeNumericConstant: a measured precision (70.7%), not the constant √½
      es: { anger: [0.873, 0.174, 0.923], strong: [0.873, 0.884, 0.884], any: [0.873, 0.942, 0.707] },
      en: { anger: [0.859, 0.143, 1], strong: [0.859, 0.771, 0.931], any: [0.859, 0.9, 0.724] },
    },
    unseen: false,
  },
  {
    name: 'blind-34',
    file: 'packages/sentiment/eval/blind-34.jsonl',
    before:
      "v7 (d7e4988), scored once with v36 (6bfc261) and v37 (9f28145) after v37 was frozen; written while v37 was being built by four writers (two per language, 44 countries between them); v37 es 0.954 / 98.6% / 98.6%, en 0.927 / 88.6% / 93.9% (v36 the same). v38's escalation model trains on it; no rule was written from it",
    beforeFigures: {
      es: { anger: [0.932, 0.2, 0.933], strong: [0.932, 0.914, 0.901], any: [0.932, 0.957, 0.728] },
      en: { anger: [0.877, 0.129, 0.9], strong: [0.877, 0.757, 0.883], any: [0.877, 0.871, 0.67] },
    },
    unseen: false,
  },
  {
    name: 'blind-35',
    file: 'packages/sentiment/eval/blind-35.jsonl',
    before:
      'v7 (d7e4988), scored once with v37 (71be6f4) and v38 (dc00e61) after v38 was frozen; written while v38 was being built by four writers (two per language, 42 countries between them); v38 es 0.981 / 95.7% / 95.7%, en 0.944 / 97.1% / 93.2% (v37 es the same recall at 97.1% precision, en 0.944 / 91.4% / 95.5%). Nothing trains on it and no rule was written from it',
    beforeFigures: {
      es: { anger: [0.94, 0.229, 1], strong: [0.94, 0.914, 0.941], any: [0.94, 0.957, 0.736] },
      en: { anger: [0.876, 0.186, 0.929], strong: [0.876, 0.786, 0.902], any: [0.876, 0.9, 0.733] },
    },
    unseen: true,
  },
  {
    name: 'blind-36',
    file: 'packages/sentiment/eval/blind-36.jsonl',
    before:
      'v7 (d7e4988), scored once with v37 (71be6f4) and v38 (dc00e61) after blind-35 was read, v38 unchanged; written by four new writers (two per language, 43 countries between them) while blind-35 was being scored; v38 es 0.968 / 97.1% / 97.1%, en 0.927 / 94.3% / 95.7% (v37 es 0.968 / 95.7% / 98.5%, en 0.927 / 91.4% / 97.0%). Nothing trains on it and no rule was written from it',
    beforeFigures: {
      es: { anger: [0.926, 0.217, 1], strong: [0.926, 0.928, 0.889], any: [0.926, 0.986, 0.723] },
      en: { anger: [0.86, 0.214, 0.938], strong: [0.86, 0.729, 0.879], any: [0.86, 0.857, 0.652] },
    },
    unseen: true,
  },
];
/** Whether a round's second annotator has labelled it yet, in words. */
function secondNote(r: { byLang: { bySensitivity: { secondAnnotator?: unknown }[] }[] }): string {
  const annotated = r.byLang.some((b) => b.bySensitivity.some((x) => x.secondAnnotator));
  return annotated
    ? 'labelled again by a second annotator who had only the labelling guide'
    : 'not yet labelled by a second annotator';
}
/** How often the two annotators agree, per language: polarity, escalation, and Cohen's kappa on escalation. */
function agreement(lang: 'es' | 'en', blind: Blind[] = blind2) {
  const rs = blind.filter((r) => r.lang === lang);
  const n = rs.length;
  const same = rs.filter((r) => r.escalate === r.second.escalate).length / n;
  const pa = rs.filter((r) => r.escalate).length / n;
  const pb = rs.filter((r) => r.second.escalate).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return {
    lang,
    count: n,
    polarity: Math.round((rs.filter((r) => r.label === r.second.label).length / n) * 1000) / 1000,
    escalation: Math.round(same * 1000) / 1000,
    escalationKappa: Math.round(((same - chance) / (1 - chance)) * 100) / 100,
  };
}
/**
 * The previous analyzer (v4, commit 187bda7) on the same labels, per round and language: measured once with
 * its source extracted from git, since it is no longer in the tree. macro-F1 / escalation precision / recall.
 */
const V4: Record<string, [number, number, number]> = {
  '1/es': [0.995, 1, 0.863],
  '1/en': [1, 1, 0.802],
  '2/es': [1, 1, 0.8],
  '2/en': [1, 1, 0.792],
  '3/es': [1, 1, 0.818],
  '3/en': [1, 1, 0.862],
  '4/es': [1, 1, 0.744],
  '4/en': [1, 1, 0.909],
  '5/es': [0.89, 1, 0.806],
  '5/en': [0.868, 1, 0.786],
  '8/es': [0.713, 0.9, 0.13],
  '8/en': [0.785, 1, 0.235],
  '9/es': [0.7, 1, 0.204],
  '9/en': [0.758, 1, 0.213],
};
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

interface Slice {
  name: string;
  lang: 'es' | 'en';
  count: number;
  macroF1: number;
  accuracy: number;
  escalationRecall: number;
  escalationPrecision: number;
  escalationPositives: number;
  perClassF1: Record<string, number>;
  meetsTargets: boolean;
  /** The previous analyzer on the same rows, where measured (rounds only). */
  before?: { macroF1: number; escalationPrecision: number; escalationRecall: number };
}

const withV5 = (s: Slice, key: string): Slice => {
  const v5 = V5[key];
  return v5 ? { ...s, before: { macroF1: v5[0], escalationPrecision: v5[1], escalationRecall: v5[2] } } : s;
};

const misses: Record<string, unknown[]> = {};
function slice(name: string, lang: 'es' | 'en', subset: LabeledMessage[], keepMisses: boolean): Slice {
  const found: EvalMiss[] = [];
  const m = evaluate(subset, (t) => analyze(t), found);
  if (keepMisses) {
    misses[`${name}/${lang}`] = found.map(({ row, got }) => ({
      text: row.text,
      round: row.round,
      expected: row.label,
      got: got.label,
      expectedEscalate: row.escalate,
      gotEscalate: got.escalate,
      reasons: got.reasons,
    }));
  }
  const s = {
    name,
    lang,
    count: m.count,
    macroF1: round(m.macroF1),
    accuracy: round(m.accuracy),
    escalationRecall: round(m.escalation.recall),
    escalationPrecision: round(m.escalation.precision),
    escalationPositives: m.escalation.positives,
    perClassF1: Object.fromEntries(Object.entries(m.perClass).map(([k, v]) => [k, round(v.f1)])),
  };
  return {
    ...s,
    meetsTargets:
      s.macroF1 >= TARGET.macroF1 &&
      s.escalationRecall >= TARGET.escalationRecall &&
      s.escalationPrecision >= TARGET.escalationPrecision,
  };
}

const langs = ['es', 'en'] as const;
const bySplit = (['test', 'dev'] as const).flatMap((split) =>
  langs.map((lang) =>
    slice(
      split,
      lang,
      rows.filter((r) => r.split === split && r.lang === lang),
      false,
    ),
  ),
);
// The test split per writing round: round 1's test part (written with the lexicon, flatters it) and
// the blind round, kept apart because they mean different things.
const testRounds = [...new Set(rows.filter((r) => r.split === 'test').map((r) => r.round ?? 1))].sort((a, b) => a - b);
const byTestRound = testRounds.flatMap((n) =>
  langs.map((lang) =>
    slice(
      `test, round ${n}${n === PREVIOUS_HELD_OUT_ROUND ? ' (v5 held out)' : n === FORMER_BLIND_ROUND ? ' (former blind, test half)' : ''}`,
      lang,
      rows.filter((r) => r.split === 'test' && (r.round ?? 1) === n && r.lang === lang),
      true,
    ),
  ),
);
const groups = [...new Set(rows.map((r) => `${r.round ?? 1}/${r.split}`))].sort();
const byRound = groups.flatMap((g) => {
  const [n, split] = g.split('/');
  return langs.map((lang) => {
    const s = slice(
      `round ${n} ${split}`,
      lang,
      rows.filter((r) => `${r.round ?? 1}/${r.split}` === g && r.lang === lang),
      false,
    );
    return s;
  });
});
// Whole rounds (round 1 is split in two above), with the previous analyzer's figures beside.
const roundNumbers = [...new Set(rows.map((r) => r.round ?? 1))].sort((a, b) => a - b);
const byWholeRound = roundNumbers.flatMap((n) =>
  langs.map((lang) => {
    const s = slice(
      `round ${n}${n === PREVIOUS_HELD_OUT_ROUND ? ' (v5 held out)' : n === FORMER_BLIND_ROUND ? ' (former blind)' : ''}`,
      lang,
      rows.filter((r) => (r.round ?? 1) === n && r.lang === lang),
      false,
    );
    const v4 = V4[`${n}/${lang}`];
    return v4
      ? { ...s, before: { macroF1: v4[0], escalationPrecision: v4[1], escalationRecall: v4[2] } }
      : withV5(s, `${n}/${lang}`);
  }),
);

// The held-out round of this version and the former blind round, each beside v5's figures on the same rows.
const byHeldOut = langs.map((lang) =>
  withV5(
    slice(
      `round ${HELD_OUT_ROUND} (held out)`,
      lang,
      heldOut.filter((r) => r.lang === lang),
      true,
    ),
    `${HELD_OUT_ROUND}/${lang}`,
  ),
);
const byFormerBlind = (['dev', 'test', 'all'] as const).flatMap((part) =>
  langs.map((lang) =>
    withV5(
      slice(
        `round ${FORMER_BLIND_ROUND} ${part === 'dev' ? 'dev half (tuned on)' : part === 'test' ? 'test half (checked)' : 'whole'}`,
        lang,
        rows.filter((r) => r.round === FORMER_BLIND_ROUND && r.lang === lang && (part === 'all' || r.split === part)),
        false,
      ),
      part === 'all' ? `${FORMER_BLIND_ROUND}/${lang}` : `${FORMER_BLIND_ROUND} ${part}/${lang}`,
    ),
  ),
);

// Rules and models together, cross-validated: each row scored by models trained without its writing round
// (leave-blind-2-out is the honest estimate; leave-one-round-out over every round flatters, see eval/README.md).
const { estimates: crossValidation, modelAlone } = crossValidate(root);

// How often each sensitivity hands a message to a person, per split and language (same messages).
const bySensitivity = (['test', 'dev'] as const).flatMap((split) =>
  langs.map((lang) => {
    const sub = rows.filter((r) => r.split === split && r.lang === lang);
    const rate = Object.fromEntries(
      SENSITIVITIES.map((level) => [
        level,
        round(sub.filter((r) => analyze(r.text, { sensitivity: level }).escalate).length / sub.length),
      ]),
    );
    return {
      split,
      lang,
      count: sub.length,
      labelledEscalations: round(sub.filter((r) => r.escalate).length / sub.length),
      escalationRate: rate,
    };
  }),
);

// Throughput: the whole set repeated to at least 20k analyses per run, median of 5 runs (after a warm-up).
// Wall-clock is what the brief asks for; CPU time is also reported because the machine is shared.
const texts = [...rows, ...heldOut].map((r) => r.text);
const reps = Math.ceil(20_000 / texts.length);
const perRun = reps * texts.length;
let sink = 0;
function once(): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) for (const t of texts) sink += analyze(t).score;
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}
const load = loadavg();
once();
const runs = Array.from({ length: 5 }, once);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wall = median(runs.map((r) => r.wall));
const cpu = median(runs.map((r) => r.cpu));
// The statistical model's share, in the same run: its step alone (features + weights) on every message,
// including the ones the analyzer skips it for, so this is an upper bound of what it adds.
const words = texts.map(foldedWords);
function modelOnce(): number {
  const c0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (const w of words) sink += escalationModel(w).probability;
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}
modelOnce();
const modelCpu = median(Array.from({ length: 5 }, modelOnce));
if (Number.isNaN(sink)) throw new Error('unreachable');
const throughput = {
  runs: 5,
  analysesPerRun: perRun,
  wallSecondsPerRun: runs.map((r) => round(r.wall, 4)),
  messagesPerSecond: Math.round(perRun / wall),
  microsPerMessage: round((wall / perRun) * 1e6, 2),
  cpuMicrosPerMessage: round((cpu / perRun) * 1e6, 2),
  loadAverage1mAtStart: round(load[0] ?? 0, 2),
  modelCpuMicrosPerMessage: round((modelCpu / perRun) * 1e6, 2),
  modelShareOfCpu: round(modelCpu / cpu),
  meetsTarget: (wall / perRun) * 1e6 < TARGET.maxMicrosPerMessage,
};

// Hostile text scales linearly: a message ten times longer, built from a shape that stresses one mechanism (many short
// quotes, bounded-gap patterns), should take about ten times as long. The large size is about the largest text an event
// carries (256 KiB). A ratio near 100 would mean quadratic work.
const HOSTILE_SHAPES: Record<string, string> = {
  manyQuotes: "still 'abc' 'zzq' ",
  quotedPraise: "not 'fast' 'free' ",
  boundedGaps: 'two charges of 5 both for i only placed happy for someone to call ',
};
function msFor(text: string): number {
  const t0 = process.hrtime.bigint();
  sink += analyze(text).score;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const hostileScaling = Object.entries(HOSTILE_SHAPES).map(([shape, unit]) => {
  const small = unit.repeat(Math.ceil(24_000 / unit.length)).slice(0, 24_000);
  const large = unit.repeat(Math.ceil(240_000 / unit.length)).slice(0, 240_000);
  msFor(small);
  const smallMs = median(Array.from({ length: 3 }, () => msFor(small)));
  const largeMs = median(Array.from({ length: 3 }, () => msFor(large)));
  return {
    shape,
    smallChars: small.length,
    largeChars: large.length,
    smallMs: round(smallMs, 1),
    largeMs: round(largeMs, 1),
    ratio: round(largeMs / smallMs, 1),
  };
});

const cpuInfo = cpus();
const machine = {
  cpu: cpuInfo[0]?.model ?? 'unknown',
  cores: cpuInfo.length,
  node: process.version,
  platform: `${platform()}-${arch()}`,
};
const blind2Now = (['es', 'en'] as const).map((lang) => {
  const rs = blind2.filter((r) => r.lang === lang);
  const agreed = rs.filter((r) => r.label === r.second.label && r.escalate === r.second.escalate);
  return {
    lang,
    before: BLIND_2_V5[lang],
    now: slice('blind-2', lang, rs, false),
    bothAnnotatorsAgree: slice('blind-2, both annotators agree', lang, agreed, false),
    agreement: agreement(lang),
  };
});
/** Each later blind round per language and sensitivity: before → this tree, against both annotators' labels. */
/** The rounds no shipped version has trained on. */
const UNSEEN = BLIND_ROUNDS.filter((r) => r.unseen)
  .map((r) => r.name)
  .join(' and ');
/** Whether the shipped models train on a round (the others were read by the rules' authors only). */
const trainedOn = (file: string): boolean => TRAINING_BLIND.some((f) => file.endsWith(`/${f}`));
/** Whether only the escalation model trains on a round (its rules were written with it in view too). */
const escalationOnly = (file: string): boolean => ESCALATION_ONLY_BLIND.some((f) => file.endsWith(`/${f}`));
const byName = (rounds: { name: string }[]): string => {
  const names = rounds.map((r) => r.name);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};
const RULES_ONLY = BLIND_ROUNDS.filter(
  (r) => !r.unseen && !r.readOnly && !trainedOn(r.file) && !escalationOnly(r.file),
);
const READ_ONLY = BLIND_ROUNDS.filter((r) => r.readOnly);
const ESCALATION_ONLY = BLIND_ROUNDS.filter((r) => escalationOnly(r.file));
/** The latest round, scored once before anything was written with it in view. */
const LATEST = BLIND_ROUNDS[BLIND_ROUNDS.length - 1]!;
const laterBlindRounds = BLIND_ROUNDS.map((blindRound) => {
  const blind = parseEvalJsonl(readFileSync(join(root, blindRound.file), 'utf8')) as Blind[];
  // A round whose second annotator has not finished yet is scored against the writer's labels alone.
  const annotatedTwice = blind.every((r) => r.second !== undefined);
  const byLang = (['es', 'en'] as const).map((lang) => {
    const rs = blind.filter((r) => r.lang === lang);
    const second = annotatedTwice
      ? rs.map((r) => ({ ...r, label: r.second.label, escalate: r.second.escalate }) as LabeledMessage)
      : [];
    const at = (subset: LabeledMessage[], sensitivity: 'anger' | 'strong' | 'any') => {
      const m = evaluate(subset, (t) => analyze(t, { sensitivity }));
      return {
        macroF1: round(m.macroF1),
        escalationRecall: round(m.escalation.recall),
        escalationPrecision: round(m.escalation.precision),
      };
    };
    const bySensitivity = (['anger', 'strong', 'any'] as const).map((sensitivity) => {
      const now = at(rs, sensitivity);
      const [f1, recall, precision] = blindRound.beforeFigures[lang][sensitivity];
      return {
        sensitivity,
        before: { macroF1: f1, escalationRecall: recall, escalationPrecision: precision },
        now,
        secondAnnotator: annotatedTwice ? at(second, sensitivity) : null,
        meetsTargets:
          now.macroF1 >= TARGET.macroF1 &&
          now.escalationRecall >= TARGET.escalationRecall &&
          now.escalationPrecision >= TARGET.escalationPrecision,
      };
    });
    return {
      lang,
      count: rs.length,
      escalations: rs.filter((r) => r.escalate).length,
      bySensitivity,
      agreement: annotatedTwice ? agreement(lang, blind) : null,
    };
  });
  return { ...blindRound, byLang };
});
const result = {
  generatedAt: new Date().toISOString(),
  evalSet: 'packages/sentiment/eval/messages.jsonl',
  counts: {
    total: rows.length,
    es: rows.filter((r) => r.lang === 'es').length,
    en: rows.filter((r) => r.lang === 'en').length,
    test: rows.filter((r) => r.split === 'test').length,
    dev: rows.filter((r) => r.split === 'dev').length,
  },
  targets: TARGET,
  heldOutRound: HELD_OUT_ROUND,
  heldOutFile: HELD_OUT_FILE,
  qualityHeldOut: byHeldOut,
  qualityFormerBlindRound: byFormerBlind,
  blindRounds: [
    {
      name: 'blind-1',
      note: `measured once on v4 and once on v5 (before → after); since v6 it is dev data: round ${FORMER_BLIND_ROUND} of messages.jsonl`,
      byLang: BLIND_1,
    },
    {
      name: 'blind-2',
      file: BLIND_2_FILE,
      note: 'written by someone who had not seen the analyzer, labelled again by a second annotator; v5 figures measured before v6 was merged, "now" on this tree',
      byLang: blind2Now,
    },
    ...laterBlindRounds.map((r) => ({
      name: r.name,
      file: r.file,
      note: `another writer who had not read the analyzer, its lexicon or its data; ${secondNote(r)}; before = ${r.before}; "now" on this tree, ${r.unseen ? 'never trained or tuned on' : trainedOn(r.file) ? 'trained on since (in-sample)' : escalationOnly(r.file) ? 'its rules written with it in view and the escalation model trained on it since (in-sample)' : r.readOnly ? 'nothing trained or written from it, the shipped version chosen with it in view' : 'its rules written with it in view since (in-sample for the rules)'}`,
      unseen: r.unseen,
      byLang: r.byLang,
    })),
  ],
  quality: bySplit,
  qualityByTestRound: byTestRound,
  qualityByRound: byRound,
  qualityByWholeRound: byWholeRound,
  modelCrossValidation: {
    method:
      'leave one writing round out, every labelled round (1–5, 7–15), escalation model alone (with the rules as features)',
    byThreshold: modelAlone,
  },
  crossValidation: {
    note: 'the shipped models train on every labelled message but the unseen blind round, which is the estimate for unseen text; these come second. before = v6 (commit e046d8f) cross-validated the same way; after = this tree. Per language and sensitivity.',
    combination: COMBINATION,
    estimates: crossValidation,
  },
  escalationRateBySensitivity: bySensitivity,
  throughput,
  hostileScaling,
  machine,
  testMisses: misses,
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'sentiment.json'), JSON.stringify(result, null, 2) + '\n');

const pct = (x: number) => (x * 100).toFixed(1);
const row = (s: Slice) =>
  `| ${s.name} | ${s.lang} | ${s.count} | ${s.macroF1.toFixed(3)} | ${pct(s.accuracy)}% | ${pct(s.escalationRecall)}% (${s.escalationPositives}) | ${pct(s.escalationPrecision)}% | ${s.meetsTargets ? 'yes' : 'no'} |`;
const header = [
  '| slice | lang | n | macro-F1 | accuracy | escalation recall (positives) | escalation precision | targets met |',
  '|---|---|---:|---:|---:|---:|---:|:---:|',
];
const beforeRow = (s: Slice) =>
  `| ${s.name} | ${s.lang} | ${s.count} | ${s.before ? s.before.macroF1.toFixed(3) : '–'} → ${s.macroF1.toFixed(3)} | ${s.before ? pct(s.before.escalationPrecision) : '–'}% → ${pct(s.escalationPrecision)}% | ${s.before ? pct(s.before.escalationRecall) : '–'}% → ${pct(s.escalationRecall)}% (${s.escalationPositives}) | ${s.meetsTargets ? 'yes' : 'no'} |`;
const md = [
  '# Sentiment analyzer benchmark',
  '',
  `Eval set \`${result.evalSet}\`: ${result.counts.total} messages (${result.counts.es} es, ${result.counts.en} en; ${result.counts.test} test, ${result.counts.dev} dev).`,
  `Targets per language: macro-F1 ≥ ${TARGET.macroF1}, escalation recall ≥ ${TARGET.escalationRecall * 100}% with precision ≥ ${TARGET.escalationPrecision * 100}%, < 1 ms per message.`,
  '',
  `**The models train on messages.jsonl dev and test, round 10, blind-2, ${byName(BLIND_ROUNDS.filter((r) => trainedOn(r.file)))}**${ESCALATION_ONLY.length > 0 ? `; **the escalation model also trains on ${byName(ESCALATION_ONLY)}**, which the rules were written with in view` : ''}${RULES_ONLY.length > 0 ? `; the rules were also written with ${byName(RULES_ONLY)} in view` : ''}${READ_ONLY.length > 0 ? `; ${byName(READ_ONLY)} was read and nothing trained or written from it, but the shipped version was chosen with it in view` : ''}. Every per-round and per-split figure below is therefore in-sample: a regression guard, not an estimate. **The estimate for unseen text is ${UNSEEN || `each round's "before" figures, ${LATEST.name}'s last`}** (sections below): every round was kept unread outside the repository until the version it measures was frozen, then scored once; the cross-validated figures (section "Cross-validated estimates") come second.`,
  '',
  `## Held-out round ${HELD_OUT_ROUND} (\`${HELD_OUT_FILE}\`), before (v5) → now`,
  '',
  `Written for v6 before any change to the analyzer and held out for it; since v7 the models train on it (in-sample below). Its caveats are in eval/README.md.`,
  '',
  '| round | lang | n | macro-F1 | escalation precision | escalation recall (positives) | targets met |',
  '|---|---|---:|---:|---:|---:|:---:|',
  ...byHeldOut.map(beforeRow),
  '',
  `## Former blind round (round ${FORMER_BLIND_ROUND}), before (v5) → now`,
  '',
  `The lead's blind round below, now dev data: split per language, label and escalation into a dev half (its errors were read and tuned on) and a test half (only checked, though its errors were once printed by accident, see eval/README.md). One English row that repeats a round-8 message was left out (269 rows).`,
  '',
  '| slice | lang | n | macro-F1 | escalation precision | escalation recall (positives) | targets met |',
  '|---|---|---:|---:|---:|---:|:---:|',
  ...byFormerBlind.map(beforeRow),
  '',
  '## Blind round (messages never shown to whoever changed the analyzer)',
  '',
  'A separate round of 270 messages (150 es, 120 en; 76 and 50 escalations) written by someone who had not read the',
  'lexicon, kept outside the repository so that no rule or model could be fitted to it, scored once on the analyzer',
  'before v5 and once after:',
  '',
  '| lang | n | macro-F1 | escalation precision | escalation recall | targets met |',
  '|---|---:|---:|---:|---:|:---:|',
  ...BLIND_1.map(
    (b) =>
      `| ${b.lang} | ${b.count} | ${b.macroF1[0].toFixed(3)} → ${b.macroF1[1].toFixed(3)} | ${pct(b.escalationPrecision[0])}% → ${pct(b.escalationPrecision[1])}% | ${pct(b.escalationRecall[0])}% → ${pct(b.escalationRecall[1])}% | ${b.macroF1[1] >= TARGET.macroF1 && b.escalationRecall[1] >= TARGET.escalationRecall && b.escalationPrecision[1] >= TARGET.escalationPrecision ? 'yes' : 'no (recall < 95%)'} |`,
  ),
  '',
  `Since v6 this blind round (blind-1) is dev data: it is round ${FORMER_BLIND_ROUND} of \`${result.evalSet}\` (section above). A new blind round, unseen here, measures v6.`,
  '',
  '## Blind round 2 (measured v6; trained on since v7)',
  '',
  `\`${BLIND_2_FILE}\`: 300 messages (150 es, 150 en; 50 escalations each) written by someone who had not seen the analyzer or its data, kept outside the repository until v6 was merged, then labelled again, independently, by a second annotator who had only the labelling guide. Scored once on v5 (before v6); "now" is the analyzer in this tree, whose models train on blind-2, so it is in-sample (v7's estimate on blind-2 is leave-blind-2-out, below). Targets: macro-F1 ≥ 0.85, escalation recall ≥ 95%, precision ≥ 80%.`,
  '',
  '| lang | n | macro-F1 | escalation precision | escalation recall | targets met | both annotators agree (n): F1 / precision / recall | annotator agreement: polarity / escalation (κ) |',
  '|---|---:|---:|---:|---:|:---:|---|---|',
  ...blind2Now.map(
    (b) =>
      `| ${b.lang} | ${b.now.count} | ${b.before[0].toFixed(3)} → ${b.now.macroF1.toFixed(3)} | ${pct(b.before[1])}% → ${pct(b.now.escalationPrecision)}% | ${pct(b.before[2])}% → ${pct(b.now.escalationRecall)}% | ${b.now.meetsTargets ? 'yes' : 'no'} | (${b.bothAnnotatorsAgree.count}) ${b.bothAnnotatorsAgree.macroF1.toFixed(3)} / ${pct(b.bothAnnotatorsAgree.escalationPrecision)}% / ${pct(b.bothAnnotatorsAgree.escalationRecall)}% | ${pct(b.agreement.polarity)}% / ${pct(b.agreement.escalation)}% (${b.agreement.escalationKappa}) |`,
  ),
  '',
  'The annotators agree on almost every message, so the gap is the analyzer, not the labels: on text from a new writer it generalises far less well than the held-out rounds written alongside the lexicon suggest. What a new writer brings that the rules miss: complaints told as plain narrative with no complaint word, unmarked sarcasm, and polarity (even at sensitivity `any`, recall is 92% es / 82% en, so one escalation in five is not read as negative at all). Since it is now measured, blind-2 is dev data for the next version; the one after needs a new blind round.',
  '',
  ...laterBlindRounds.flatMap((r) => [
    r.unseen
      ? `## ${r.name}: the estimate for unseen text`
      : `## ${r.name} (measured once; ${trainedOn(r.file) ? 'trained on since' : escalationOnly(r.file) ? 'its rules written with it in view and the escalation model trained on it since' : r.readOnly ? 'the shipped version chosen with it in view' : 'its rules written with it in view since'})`,
    '',
    `\`${r.file}\`: ${r.byLang.map((b) => `${b.count} ${b.lang} (${b.escalations} escalations)`).join(', ')} by a writer who had not read the analyzer, its lexicon or any labelled data, kept outside the repository until the version it measures was frozen; ${secondNote(r)}. Before: ${r.before}. ${r.unseen ? 'Nothing has been trained or tuned on it.' : trainedOn(r.file) ? 'The analyzer in this tree trains on it, so "now" is in-sample.' : escalationOnly(r.file) ? 'Its rules were written with it in view and the escalation model in this tree trains on it, so "now" is in-sample.' : r.readOnly ? 'Nothing trains on it and no rule was written from it, but the version in this tree was chosen with it in view, so "now" is not an estimate.' : 'The models in this tree do not train on it, but its rules were written with it in view, so "now" is in-sample.'} Targets: macro-F1 ≥ 0.85, escalation recall ≥ 95%, precision ≥ 80%.`,
    '',
    '| lang | sensitivity | macro-F1 | escalation recall | escalation precision | targets met | second annotator: F1 / recall / precision |',
    '|---|---|---:|---:|---:|:---:|---|',
    ...r.byLang.flatMap((b) =>
      b.bySensitivity.map(
        (x) =>
          `| ${b.lang} | ${x.sensitivity} | ${x.before.macroF1.toFixed(3)} → ${x.now.macroF1.toFixed(3)} | ${pct(x.before.escalationRecall)}% → ${pct(x.now.escalationRecall)}% | ${pct(x.before.escalationPrecision)}% → ${pct(x.now.escalationPrecision)}% | ${x.meetsTargets ? 'yes' : 'no'} | ${x.secondAnnotator ? `${x.secondAnnotator.macroF1.toFixed(3)} / ${pct(x.secondAnnotator.escalationRecall)}% / ${pct(x.secondAnnotator.escalationPrecision)}%` : 'not yet annotated'} |`,
      ),
    ),
    '',
    ...r.byLang.map((b) =>
      !b.agreement
        ? `Second annotator (${b.lang}): not yet; figures against the writer's labels.`
        : `Annotator agreement (${b.lang}): polarity ${pct(b.agreement.polarity)}%, escalation ${pct(b.agreement.escalation)}% (κ ${b.agreement.escalationKappa}). Both annotators work from the same written guide, and the writer wrote to it, so this agreement says the labels follow the guide, not that people in general would agree this closely.`,
    ),
    '',
  ]),
  `## Every writing round, before (v4, or v5 where v4 was not measured) → now`,
  '',
  `Round ${PREVIOUS_HELD_OUT_ROUND} was v5's held-out round; v6 did not tune on it, but its v5 errors were published (in this file's JSON and eval/README.md). Every other round was tuned on (its figures guard against regressions; they are not estimates for unseen text). Round 8 and the relabelled rows of rounds 1–5 follow the guide's strong-complaint rule (see eval/README.md), which v4 was not built for; that is most of its low recall.`,
  '',
  '| round | lang | n | macro-F1 | escalation precision | escalation recall (positives) | targets met |',
  '|---|---|---:|---:|---:|---:|:---:|',
  ...byWholeRound.map(beforeRow),
  '',
  '## By split',
  '',
  ...header,
  ...bySplit.map(row),
  '',
  '## Test split by writing round',
  '',
  `Round 1's test part was written in the same session as the first lexicon and flatters the analyzer. Round ${PREVIOUS_HELD_OUT_ROUND} was v5's held-out round, round ${FORMER_BLIND_ROUND}'s test half is the former blind round's checked half; v6's held-out round ${HELD_OUT_ROUND} is in its own file (first section).`,
  '',
  ...header,
  ...byTestRound.map(row),
  '',
  '## By writing round and split',
  '',
  ...header,
  ...byRound.map(row),
  '',
  '## Cross-validated estimates',
  '',
  'Each row scored by models trained without its writing round. **Leave-blind-2-out** (blind-2, an independent writer, scored by models trained on everything else) is the estimate for unseen text; leave-one-round-out over every round flatters, because the rules were written with rounds 1–10 in view. Before: v6 (commit e046d8f, its escalation model retrained the same way). Labels follow the `strong` sensitivity; `anger` and `any` show the trade-off.',
  '',
  '| estimate | lang | sensitivity | n | macro-F1 | escalation recall | escalation precision | targets met |',
  '|---|---|---|---:|---:|---:|---:|:---:|',
  ...crossValidation.flatMap((est) =>
    est.byLang.flatMap((b) =>
      SENSITIVITIES.map((level) => {
        const x = b.before[level];
        const y = b.after[level];
        const met =
          y.macroF1 >= TARGET.macroF1 &&
          y.recall >= TARGET.escalationRecall &&
          y.precision >= TARGET.escalationPrecision;
        return `| ${est.name} | ${b.lang} | ${level} | ${y.count} | ${x.macroF1.toFixed(3)} → ${y.macroF1.toFixed(3)} | ${pct(x.recall)}% → ${pct(y.recall)}% | ${pct(x.precision)}% → ${pct(y.precision)}% | ${met ? 'yes' : 'no'} |`;
      }),
    ),
  ),
  '',
  '## Escalation model alone, cross-validated by round',
  '',
  `Out of fold over every round, before the rules' gate and hold-back; the analyzer uses it at ${COMBINATION.escalates} where no rule names a reason (${COMBINATION.sure} in a neutral statement with no complaint word).`,
  '',
  '| threshold | precision | recall |',
  '|---:|---:|---:|',
  ...modelAlone.map((m) => `| ${m.threshold} | ${pct(m.precision)}% | ${pct(m.recall)}% |`),
  '',
  '## How often each sensitivity escalates',
  '',
  '| split | lang | n | labelled escalations | anger | strong (default) | any |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...bySensitivity.map(
    (b) =>
      `| ${b.split} | ${b.lang} | ${b.count} | ${pct(b.labelledEscalations)}% | ${pct(b.escalationRate.anger!)}% | ${pct(b.escalationRate.strong!)}% | ${pct(b.escalationRate.any!)}% |`,
  ),
  '',
  '## Throughput',
  '',
  '| measure | value |',
  '|---|---:|',
  `| messages / second, wall clock (median of 5 runs × ${perRun} analyses) | ${throughput.messagesPerSecond.toLocaleString('en-US')} |`,
  `| µs / message, wall clock | ${throughput.microsPerMessage} |`,
  `| µs / message, CPU time | ${throughput.cpuMicrosPerMessage} |`,
  `| of which the escalation model (its step alone on every message, same run), CPU | ${throughput.modelCpuMicrosPerMessage} µs (${pct(throughput.modelShareOfCpu)}%) |`,
  `| 1-minute load average at start (shared machine) | ${throughput.loadAverage1mAtStart} |`,
  `| machine | ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform} |`,
  '',
  '## Hostile text',
  '',
  'One message built from a repeated shape that stresses one mechanism, at 24,000 and 240,000 characters (about the largest text an event carries): linear work gives a ratio near 10, quadratic near 100.',
  '',
  '| shape | 24k chars, ms | 240k chars, ms | ratio |',
  '|---|---:|---:|---:|',
  ...hostileScaling.map((h) => `| ${h.shape} | ${h.smallMs} | ${h.largeMs} | ${h.ratio} |`),
  '',
  `Misclassified test and held-out messages (label or escalation) are listed in \`sentiment.json\` under \`testMisses\`, per round and language. Generated ${result.generatedAt}.`,
  '',
].join('\n');
writeFileSync(join(outDir, 'sentiment.md'), md);
console.log(md);

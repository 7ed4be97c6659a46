/**
 * The protocol registry: every implemented protocol by its device-config key.
 * One import and one table line per protocol, both kept alphabetical, so adding a protocol is a
 * two-line edit.
 */
import type { Protocol } from "../protocol";
import { activejoy } from "./activejoy";
import { adrienlastic } from "./adrienlastic";
import { amorelieJoy } from "./amorelie-joy";
import { aneros } from "./aneros";
import { ankni } from "./ankni";
import { bananasome } from "./bananasome";
import { cachito } from "./cachito";
import { cowgirl } from "./cowgirl";
import { cowgirlCone } from "./cowgirl-cone";
import { cueme } from "./cueme";
import { cupido } from "./cupido";
import { deepsire } from "./deepsire";
import { feelingso } from "./feelingso";
import { fleshyThrust } from "./fleshy-thrust";
import { fluffer } from "./fluffer";
import { foreo } from "./foreo";
import { fox } from "./fox";
import { fredorch } from "./fredorch";
import { fredorchRotary } from "./fredorch-rotary";
import { galaku } from "./galaku";
import { galakuPump } from "./galaku-pump";
import { hgod } from "./hgod";
import { lovenseConnectService } from "./lovense-connect-service";
import { nintendoJoycon } from "./nintendo-joycon";
import { hismith } from "./hismith";
import { hismithMini } from "./hismith-mini";
import { honeyplaybox } from "./honeyplaybox";
import { htkBm } from "./htk_bm";
import { itoys } from "./itoys";
import { jejoue } from "./jejoue";
import { joyhub } from "./joyhub";
import { kgoalBoost } from "./kgoal-boost";
import { kiirooPowershot } from "./kiiroo-powershot";
import { kiirooProwand } from "./kiiroo-prowand";
import { kiirooSpot } from "./kiiroo-spot";
import { kiirooV2 } from "./kiiroo-v2";
import { kiirooV2Vibrator } from "./kiiroo-v2-vibrator";
import { kiirooV21 } from "./kiiroo-v21";
import { kiirooV21Initialized } from "./kiiroo-v21-initialized";
import { kiirooV3 } from "./kiiroo-v3";
import { kizuna } from "./kizuna";
import { leloF1s } from "./lelo-f1s";
import { leloF1sv2 } from "./lelo-f1sv2";
import { leloHarmony } from "./lelo-harmony";
import { leten } from "./leten";
import { liboElle } from "./libo-elle";
import { liboShark } from "./libo-shark";
import { liboVibes } from "./libo-vibes";
import { lioness } from "./lioness";
import { loob } from "./loob";
import { lovedistance } from "./lovedistance";
import { lovehoneyDesire } from "./lovehoney-desire";
import { lovense } from "./lovense";
import { lovenuts } from "./lovenuts";
import { luvmazer } from "./luvmazer";
import { magicMotion1 } from "./magic-motion-1";
import { magicMotion2 } from "./magic-motion-2";
import { magicMotion3 } from "./magic-motion-3";
import { magicMotion4 } from "./magic-motion-4";
import { mannuo } from "./mannuo";
import { maxpro } from "./maxpro";
import { meese } from "./meese";
import { mizzzee } from "./mizzzee";
import { mizzzeeV2 } from "./mizzzee-v2";
import { mizzzeeV3 } from "./mizzzee-v3";
import { monsterpub } from "./monsterpub";
import { motorbunny } from "./motorbunny";
import { mymuselinkplus } from "./mymuselinkplus";
import { mysteryvibe } from "./mysteryvibe";
import { mysteryvibeV2 } from "./mysteryvibe-v2";
import { nextlevelracing } from "./nextlevelracing";
import { nexusRevo } from "./nexus-revo";
import { nobra } from "./nobra";
import { omobo } from "./omobo";
import { patoo } from "./patoo";
import { picobong } from "./picobong";
import { pinkPunch } from "./pink_punch";
import { prettylove } from "./prettylove";
import { realov } from "./realov";
import { rezTrancevibrator } from "./rez-trancevibrator";
import { sakuraneko } from "./sakuraneko";
import { satisfyer } from "./satisfyer";
import { sayberx } from "./sayberx";
import { sensee } from "./sensee";
import { senseeV2 } from "./sensee-v2";
import { serveu } from "./serveu";
import { sexverseLg389 } from "./sexverse-lg389";
import { sexverseV1 } from "./sexverse-v1";
import { sexverseV2 } from "./sexverse-v2";
import { sexverseV3 } from "./sexverse-v3";
import { sexverseV4 } from "./sexverse-v4";
import { sexverseV5 } from "./sexverse-v5";
import { svakomAlex } from "./svakom-alex";
import { svakomAlexV2 } from "./svakom-alex-v2";
import { svakomAvaNeo } from "./svakom-avaneo";
import { svakomBarnard } from "./svakom-barnard";
import { svakomBarney } from "./svakom-barney";
import { svakomDice } from "./svakom-dice";
import { svakomDt250a } from "./svakom-dt250a";
import { svakomIker } from "./svakom-iker";
import { svakomJordan } from "./svakom-jordan";
import { svakomPulse } from "./svakom-pulse";
import { svakomSam } from "./svakom-sam";
import { svakomSam2 } from "./svakom-sam2";
import { svakomSuitcase } from "./svakom-suitcase";
import { svakomTaraX } from "./svakom-tarax";
import { svakomV1 } from "./svakom-v1";
import { svakomV2 } from "./svakom-v2";
import { svakomV3 } from "./svakom-v3";
import { svakomV4 } from "./svakom-v4";
import { svakomV5 } from "./svakom-v5";
import { svakomV6 } from "./svakom-v6";
import { synchro } from "./synchro";
import { tcodeV03 } from "./tcode-v03";
import { thehandy } from "./thehandy";
import { thehandyV3 } from "./thehandy-v3";
import { tryfun } from "./tryfun";
import { tryfunBlackhole } from "./tryfun-blackhole";
import { tryfunMeta2 } from "./tryfun-meta2";
import { vibcrafter } from "./vibcrafter";
import { vibratissimo } from "./vibratissimo";
import { vorzeSa } from "./vorze-sa";
import { wetoy } from "./wetoy";
import { wevibe } from "./wevibe";
import { wevibe8Bit } from "./wevibe-8bit";
import { wevibeChorus } from "./wevibe-chorus";
import { xibao } from "./xibao";
import { xiuxiuda } from "./xiuxiuda";
import { xuanhuan } from "./xuanhuan";
import { youcups } from "./youcups";
import { youou } from "./youou";
import { zalo } from "./zalo";

const PROTOCOLS: readonly Protocol[] = [
  activejoy,
  adrienlastic,
  amorelieJoy,
  aneros,
  ankni,
  bananasome,
  cachito,
  cowgirl,
  cowgirlCone,
  cueme,
  cupido,
  deepsire,
  feelingso,
  fleshyThrust,
  fluffer,
  foreo,
  fox,
  fredorch,
  fredorchRotary,
  galaku,
  galakuPump,
  hgod,
  lovenseConnectService,
  nintendoJoycon,
  hismith,
  hismithMini,
  honeyplaybox,
  htkBm,
  itoys,
  jejoue,
  joyhub,
  kgoalBoost,
  kiirooPowershot,
  kiirooProwand,
  kiirooSpot,
  kiirooV2,
  kiirooV2Vibrator,
  kiirooV21,
  kiirooV21Initialized,
  kiirooV3,
  kizuna,
  leloF1s,
  leloF1sv2,
  leloHarmony,
  leten,
  liboElle,
  liboShark,
  liboVibes,
  lioness,
  loob,
  lovedistance,
  lovehoneyDesire,
  lovense,
  lovenuts,
  luvmazer,
  magicMotion1,
  magicMotion2,
  magicMotion3,
  magicMotion4,
  mannuo,
  maxpro,
  meese,
  mizzzee,
  mizzzeeV2,
  mizzzeeV3,
  monsterpub,
  motorbunny,
  mymuselinkplus,
  mysteryvibe,
  mysteryvibeV2,
  nextlevelracing,
  nexusRevo,
  nobra,
  omobo,
  patoo,
  picobong,
  pinkPunch,
  prettylove,
  realov,
  rezTrancevibrator,
  sakuraneko,
  satisfyer,
  sayberx,
  sensee,
  senseeV2,
  serveu,
  sexverseLg389,
  sexverseV1,
  sexverseV2,
  sexverseV3,
  sexverseV4,
  sexverseV5,
  svakomAlex,
  svakomAlexV2,
  svakomAvaNeo,
  svakomBarnard,
  svakomBarney,
  svakomDice,
  svakomDt250a,
  svakomIker,
  svakomJordan,
  svakomPulse,
  svakomSam,
  svakomSam2,
  svakomSuitcase,
  svakomTaraX,
  svakomV1,
  svakomV2,
  svakomV3,
  svakomV4,
  svakomV5,
  svakomV6,
  synchro,
  tcodeV03,
  thehandy,
  thehandyV3,
  tryfun,
  tryfunBlackhole,
  tryfunMeta2,
  vibcrafter,
  vibratissimo,
  vorzeSa,
  wetoy,
  wevibe,
  wevibe8Bit,
  wevibeChorus,
  xibao,
  xiuxiuda,
  xuanhuan,
  youcups,
  youou,
  zalo,
];

const BY_NAME: ReadonlyMap<string, Protocol> = new Map(PROTOCOLS.map((p) => [p.name, p]));

/** The protocol implementation for a device-config protocol key, or undefined when bpkit has none. */
export function getProtocol(name: string): Protocol | undefined {
  return BY_NAME.get(name);
}

/** Device-config protocol keys bpkit implements, sorted. */
export function implementedProtocols(): string[] {
  return [...BY_NAME.keys()].sort();
}

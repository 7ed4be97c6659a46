/**
 * Mutufun Barney (Svakom): both motors in one packet, 55 03 <which> 00 <03 when running> <max speed> 00
 * (which: 00 both / equal / one-motor model, 01 first only, 02 second only).
 */
import { svakomPairProtocol } from "./svakom-common";

/** The Svakom Barney protocol. */
export const svakomBarney = svakomPairProtocol("svakom-barney", 0x03);

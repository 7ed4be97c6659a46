/**
 * Svakom v4 (Erica, Cici+ 2, ToyCod Barzillai/Clara): both motors in one 7-byte packet on tx,
 * 55 03 <which> 00 <on> <max speed> 00, where <which> is 00 for both (or equal speeds, or a
 * one-motor model), 01 for the first motor only, 02 for the second only; <on> is 01 while either
 * runs. The device has one speed for whatever runs, so the higher of the two is sent.
 */
import { svakomPairProtocol } from "./svakom-common";

/** The Svakom v4 protocol. */
export const svakomV4 = svakomPairProtocol("svakom-v4", 0x01);

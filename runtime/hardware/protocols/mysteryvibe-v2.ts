import { mysteryVibeProtocol } from "./mysteryvibe";

/**
 * MysteryVibe second generation (Tenuto 2, Crescendo 2, Legato, Molto): the mysteryvibe frames
 * after a different remote-mode frame, `03 02 40` on `txmode`.
 */
export const mysteryvibeV2 = mysteryVibeProtocol("mysteryvibe-v2", [0x03, 0x02, 0x40]);

import type { Page } from '@playwright/test'

/**
 * Lighthouse's mobile profile ("slow 4G" plus a mid-range phone's CPU), applied for real
 * through CDP rather than simulated: every request waits `latencyMs` more, bandwidth is
 * capped, and the renderer runs 4× slower.
 */
export const SLOW_MOBILE = {
  latencyMs: 150,
  /** 1.6 Mbit/s. */
  downloadBytesPerSecond: 200_000,
  /** 750 kbit/s. */
  uploadBytesPerSecond: 93_750,
  cpuSlowdown: 4,
} as const

/** The viewport of the emulated runs: Lighthouse's mobile device (Moto G Power). */
export const MOBILE_VIEWPORT = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} as const

export const DESKTOP_VIEWPORT = { viewport: { width: 1280, height: 800 } } as const

export async function emulateSlowMobile(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_MOBILE.latencyMs,
    downloadThroughput: SLOW_MOBILE.downloadBytesPerSecond,
    uploadThroughput: SLOW_MOBILE.uploadBytesPerSecond,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_MOBILE.cpuSlowdown })
  return cdp
}

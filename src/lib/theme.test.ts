import { breakStorage, resetThemeAfterEach, THEME_STORAGE_KEY, themeAttribute } from '../test/theme'
import { applyThemeChoice, readThemeChoice } from './theme'

resetThemeAfterEach()

describe('readThemeChoice', () => {
  test('is "system" when nothing is remembered', () => {
    expect(readThemeChoice()).toBe('system')
  })

  test.each(['light', 'dark', 'system'] as const)('reads a remembered %j', (choice) => {
    localStorage.setItem(THEME_STORAGE_KEY, choice)
    expect(readThemeChoice()).toBe(choice)
  })

  test.each(['Dark', 'DARK', ' dark', 'blue', '', 'null', '{"theme":"dark"}', 'constructor'])(
    'ignores the garbage value %j',
    (stored) => {
      localStorage.setItem(THEME_STORAGE_KEY, stored)
      expect(readThemeChoice()).toBe('system')
    },
  )

  test('is "system" when storage cannot be read (private mode, blocked cookies)', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark')
    const getItem = breakStorage('getItem')
    expect(readThemeChoice()).toBe('system')
    expect(getItem).toHaveBeenCalledWith(THEME_STORAGE_KEY)
  })
})

describe('applyThemeChoice', () => {
  test('sets data-theme on <html> for light and dark, and removes it for system', () => {
    applyThemeChoice('dark')
    expect(themeAttribute()).toBe('dark')
    applyThemeChoice('light')
    expect(themeAttribute()).toBe('light')
    applyThemeChoice('system')
    expect(document.documentElement).not.toHaveAttribute('data-theme')
  })
})

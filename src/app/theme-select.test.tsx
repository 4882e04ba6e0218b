import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { breakStorage, resetThemeAfterEach, THEME_STORAGE_KEY, themeAttribute } from '../test/theme'
import { ThemeSelect } from './theme-select'

resetThemeAfterEach()

function renderSelect() {
  render(<ThemeSelect />)
  return screen.getByRole('combobox', { name: 'Theme' })
}

test('offers System, Light and Dark, with System chosen by default', () => {
  const select = renderSelect()

  expect(
    screen
      .getAllByRole('option')
      .map((option) => [option.textContent, option.getAttribute('value')]),
  ).toEqual([
    ['System', 'system'],
    ['Light', 'light'],
    ['Dark', 'dark'],
  ])
  expect(select).toHaveValue('system')
  expect(screen.getByRole('option', { name: 'System' })).toHaveProperty('selected', true)
})

test('choosing Dark applies it to <html> and remembers it', async () => {
  const user = userEvent.setup()
  const select = renderSelect()

  await user.selectOptions(select, 'Dark')

  expect(select).toHaveValue('dark')
  expect(themeAttribute()).toBe('dark')
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
})

test('choosing Light after Dark switches both', async () => {
  const user = userEvent.setup()
  const select = renderSelect()

  await user.selectOptions(select, 'Dark')
  await user.selectOptions(select, 'Light')

  expect(themeAttribute()).toBe('light')
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light')
})

test('choosing System removes both the attribute and the remembered choice', async () => {
  const user = userEvent.setup()
  const select = renderSelect()
  await user.selectOptions(select, 'Dark')

  await user.selectOptions(select, 'System')

  expect(select).toHaveValue('system')
  expect(document.documentElement).not.toHaveAttribute('data-theme')
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull()
})

test('starts from the remembered choice', () => {
  localStorage.setItem(THEME_STORAGE_KEY, 'light')
  expect(renderSelect()).toHaveValue('light')
})

test('a garbage remembered value starts at System', () => {
  localStorage.setItem(THEME_STORAGE_KEY, 'solarized')
  expect(renderSelect()).toHaveValue('system')
})

test('when storage refuses writes, the choice still applies for this visit', async () => {
  const setItem = breakStorage('setItem')
  const user = userEvent.setup()
  const select = renderSelect()

  await user.selectOptions(select, 'Dark')

  expect(setItem).toHaveBeenCalledWith(THEME_STORAGE_KEY, 'dark')
  expect(select).toHaveValue('dark')
  expect(themeAttribute()).toBe('dark')
})

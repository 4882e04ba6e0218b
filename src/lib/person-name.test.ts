import { fullName, initials } from './person-name'

describe('fullName', () => {
  test('puts the parts in Spott order: first, middle, last, second last', () => {
    expect(
      fullName({
        secondLastName: 'López',
        lastName: 'García',
        middleName: 'José',
        firstName: 'María',
      }),
    ).toBe('María José García López')
  })

  test.each([
    [{ firstName: 'James', lastName: 'Whitfield', middleName: null }, 'James Whitfield'],
    [{ firstName: 'Diego', lastName: 'Fernández', secondLastName: 'Ruiz' }, 'Diego Fernández Ruiz'],
    [{ firstName: ' Ana ', middleName: '   ', lastName: undefined }, 'Ana'],
    [{ lastName: 'Sato' }, 'Sato'],
    [{}, ''],
    [{ firstName: null, middleName: null, lastName: null, secondLastName: null }, ''],
  ])('skips missing or blank parts: %j → %j', (parts, expected) => {
    expect(fullName(parts)).toBe(expected)
  })
})

describe('initials', () => {
  test.each([
    ['Dana Reyes', 'DR'],
    ['María José García López', 'ML'],
    ['dana reyes', 'DR'],
    ['  Liam   O’Connor  ', 'LO'],
    ['Priya', 'P'],
    ['Zoë Ångström Łukasiewicz Øyen', 'ZØ'],
    ['Анна Петрова', 'АП'],
    ['عمر الفاسي', 'عا'],
    ['渡辺 健二', '渡'],
    ['株式会社さくらロボティクス', '株'],
    ['김민준', '김'],
    ['😀 Smile', '😀S'],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })

  test.each(['', '   '])('a blank name %j gets a placeholder, not an empty badge', (name) => {
    expect(initials(name)).toBe('?')
  })
})

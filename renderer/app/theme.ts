import { createTheme, DEFAULT_THEME, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Mantine's darkest teal, yellow and red are too light for small text on their tinted
// backgrounds (WCAG AA needs 4.5:1), so the last shades are deepened.
const deepen = (colours: MantineColorsTuple, eight: string, nine: string): MantineColorsTuple =>
  [...colours.slice(0, 8), eight, nine] as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 8 },
  colors: {
    teal: deepen(DEFAULT_THEME.colors.teal, '#0a6e55', '#075a46'),
    yellow: deepen(DEFAULT_THEME.colors.yellow, '#a35b00', '#7a4300'),
    red: deepen(DEFAULT_THEME.colors.red, '#c92a2a', '#a11d1d'),
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
  components: {
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Close message' } } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

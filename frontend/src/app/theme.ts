import { createTheme, type MantineColorsTuple } from '@mantine/core';

const kaiku: MantineColorsTuple = [
  '#e7f5ff',
  '#d0ebff',
  '#a5d8ff',
  '#74c0fc',
  '#4dabf7',
  '#339af0',
  '#228be6',
  '#1c7ed6',
  '#1971c2',
  '#1864ab',
];

export const theme = createTheme({
  primaryColor: 'kaiku',
  primaryShade: { light: 8, dark: 5 },
  colors: { kaiku },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans JP", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  // Dark text on light fills (yellow, orange) keeps filled badges and buttons readable.
  autoContrast: true,
  cursorType: 'pointer',
  components: {
    InputWrapper: { defaultProps: { errorProps: { role: 'alert' } } },
    Button: { defaultProps: { fw: 600 } },
  },
});

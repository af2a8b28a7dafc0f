import { Button, Checkbox, Input, Popover, Stack } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  w?: number;
}

/**
 * Several values of one filter in a button as high as the other filters: the choice is summed up
 * ("Open, Pending" or "4 selected") rather than growing into a box of pills.
 */
export function ChoiceFilter({ label, options, value, onChange, w = 170 }: Props) {
  const { t, i18n } = useTranslation('tickets');
  const id = useId();
  const chosen = options.filter((o) => value.includes(o.value)).map((o) => o.label);
  const summary =
    chosen.length === 0
      ? t('filters.any')
      : chosen.length <= 2
        ? new Intl.ListFormat(i18n.language === 'pseudo' ? 'en' : i18n.language, {
            type: 'conjunction',
            style: 'narrow',
          }).format(chosen)
        : t('filters.selected', { count: chosen.length });
  return (
    <Input.Wrapper label={label} id={`${id}-label`}>
      <Popover position="bottom-start" shadow="md" withinPortal trapFocus>
        <Popover.Target>
          <Button
            variant="default"
            fw={400}
            w={w}
            display="block"
            justify="space-between"
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={`${label}: ${summary}`}
            styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
          >
            {summary}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Checkbox.Group value={value} onChange={onChange} aria-labelledby={`${id}-label`}>
            <Stack gap="xs">
              {options.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Popover.Dropdown>
      </Popover>
    </Input.Wrapper>
  );
}

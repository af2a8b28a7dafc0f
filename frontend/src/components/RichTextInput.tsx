import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import { styleNonce } from '@/lib/csp';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string | null;
  placeholder?: string;
  /** Changing it empties the editor (after a send). */
  resetKey?: number;
  onSubmitShortcut?: () => void;
}

/** Formatted text; the server sanitises whatever HTML arrives, this only makes it pleasant to write. */
export default function RichTextInput({
  label,
  value,
  onChange,
  error,
  resetKey,
  onSubmitShortcut,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false }), Link.configure({ openOnClick: false })],
    content: value,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    // The editor's own base styles are a style element: it carries the page's CSP nonce.
    injectNonce: styleNonce(),
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        'aria-invalid': error ? 'true' : 'false',
        ...(error ? { 'aria-describedby': `${id}-error` } : {}),
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && onSubmitShortcut) {
          onSubmitShortcut();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : current.getHTML()),
  });

  useEffect(() => {
    if (editor && resetKey !== undefined) editor.commands.setContent(value);
    // Only a new resetKey replaces the content; typing must not re-set it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetKey, editor]);

  const labels = {
    boldControlLabel: t('editor.bold'),
    italicControlLabel: t('editor.italic'),
    strikeControlLabel: t('editor.strike'),
    bulletListControlLabel: t('editor.bulletList'),
    orderedListControlLabel: t('editor.orderedList'),
    linkControlLabel: t('editor.link'),
    unlinkControlLabel: t('editor.unlink'),
    blockquoteControlLabel: t('editor.quote'),
    codeControlLabel: t('editor.code'),
    linkEditorInputLabel: t('editor.linkUrl'),
    linkEditorInputPlaceholder: 'https://',
    linkEditorSave: t('editor.save'),
  };

  return (
    <Input.Wrapper label={label} error={error} errorProps={{ id: `${id}-error`, role: 'alert' }}>
      <RichTextEditor editor={editor} labels={labels} mt={4}>
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.Code />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={120} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}

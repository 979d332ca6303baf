// Log emails: the files dropped or chosen, read by the backend into what each would become, then
// logged together once the person has checked the employer and people for each.
import { Alert, Button, FileButton, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import {
  mailExtensions,
  maxMailBytes,
  refusedFile,
  tooBigMessage,
  type MailFile,
  type MailPreview,
  type MessagePreview,
} from '../../../shared/mail/schema';
import { errorMessage, RequestError } from '../../app/client';
import { GuardedModal } from '../../app/components/DiscardGuard';
import { asBase64 } from '../../app/files';
import { notifyWithUndo } from '../../app/undoNotification';
import { errorsByMessage, firstDecision, messageKey, messagesToLog, type Decision } from './decisions';
import { MessageCard } from './MessageCard';
import { useLogMail, usePreviewMail } from './queries';

export type MailBatch = { files: File[]; employerId?: string; personId?: string };

const asMailFile = async (file: File): Promise<MailFile> => ({ name: file.name, contentBase64: await asBase64(file) });
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function LogMailDialog({
  batch,
  onAddFiles,
  onClose,
}: {
  batch: MailBatch | null;
  onAddFiles: (files: File[]) => void;
  onClose: () => void;
}) {
  return (
    <GuardedModal opened={batch !== null} onClose={onClose} title="Log emails and invitations" size="xl">
      {batch && <LogMail batch={batch} onAddFiles={onAddFiles} onClose={onClose} />}
    </GuardedModal>
  );
}

function LogMail({
  batch,
  onAddFiles,
  onClose,
}: {
  batch: MailBatch;
  onAddFiles: (files: File[]) => void;
  onClose: () => void;
}) {
  const preview = usePreviewMail();
  const log = useLogMail();
  const [previews, setPreviews] = useState<MessagePreview[] | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [errors, setErrors] = useState<Record<string, Record<string, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const { files, employerId, personId } = batch;
  useEffect(() => {
    if (files.length === 0) return;
    let current = true;
    void (async () => {
      const readable = files.filter((file) => file.size <= maxMailBytes);
      const answer: MailPreview =
        readable.length > 0
          ? await preview.mutateAsync({ files: await Promise.all(readable.map(asMailFile)), employerId, personId })
          : { messages: [] };
      if (!current) return;
      // Files too big to send are refused here, with the same words the backend uses.
      const indexOf = readable.map((file) => files.indexOf(file));
      const read = answer.messages.map((message) => ({ ...message, fileIndex: indexOf[message.fileIndex]! }));
      const tooBig = files.flatMap((file, fileIndex) =>
        file.size > maxMailBytes
          ? [
              refusedFile(
                fileIndex,
                file.name,
                tooBigMessage(file.name, Math.round(file.size / 1024 / 1024)),
                new Date().toISOString(),
              ),
            ]
          : [],
      );
      const all = [...read, ...tooBig].sort((a, b) => a.fileIndex - b.fileIndex || a.part - b.part);
      setPreviews(all);
      setDecisions((before) =>
        Object.fromEntries(
          all.map((message) => [messageKey(message), before[messageKey(message)] ?? firstDecision(message)]),
        ),
      );
    })().catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
    // The preview is asked again only when the files change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [files, employerId, personId]);

  const readable = useMemo(() => (previews ?? []).filter((message) => message.status !== 'refused'), [previews]);
  const refused = (previews ?? []).filter((message) => message.status === 'refused');
  const chosen = readable.filter((message) => decisions[messageKey(message)]?.log);
  const meetings = chosen.filter((message) => message.kind === 'meeting').length;
  const label =
    meetings === 0
      ? `Log ${plural(chosen.length, 'email')}`
      : meetings === chosen.length
        ? `Log ${plural(chosen.length, 'invitation')}`
        : `Log ${chosen.length} emails and invitations`;

  const save = async () => {
    setProblem(null);
    const missing = Object.fromEntries(
      chosen
        .filter((message) => !decisions[messageKey(message)]!.employerId)
        .map((message) => [messageKey(message), { employerId: 'Choose the employer, or untick this one' }]),
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const { keys, messages } = await messagesToLog(previews!, decisions, (index) => asMailFile(files[index]!));
    try {
      const done = await log.mutateAsync({ messages });
      onClose();
      const employers = done.employers.map((employer) => employer.name);
      const before = done.alreadyLogged
        ? ` ${plural(done.alreadyLogged, 'was', 'were')} logged before, so left out.`
        : '';
      notifyWithUndo({
        id: 'mail-logged',
        message:
          done.logged === 0
            ? `Nothing new was logged.${before}`
            : `Logged ${plural(done.logged, 'contact')} with ${employers.length > 2 ? `${employers[0]} and ${employers.length - 1} others` : employers.join(' and ')}.${before}`,
        undo: done.logged > 0,
      });
    } catch (error) {
      if (error instanceof RequestError && error.error.fieldErrors) {
        const found = errorsByMessage(keys, error.error.fieldErrors);
        setErrors(found);
        if (Object.keys(found).length > 0) return;
      }
      setProblem(errorMessage(error));
    }
  };

  if (files.length === 0) return <ChooseFiles onChoose={onAddFiles} />;
  if (!previews) {
    return (
      <Group gap="sm" py="lg" role="status">
        <Loader size="sm" />
        <Text>Reading {plural(files.length, 'file')}…</Text>
      </Group>
    );
  }
  return (
    <Stack>
      <Text size="sm">
        Check the employer and people for each, then log them. Participants appear in Bridgework only by their
        reference: untick any text or attachment that names one.
      </Text>
      {refused.length > 0 && (
        <Alert color="yellow" title={`${plural(refused.length, 'file was', 'files were')} not read`}>
          <Stack gap={4}>
            {refused.map((message) => (
              <Text size="sm" key={message.fileIndex}>
                {message.problem}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {readable.map((message) => (
        <MessageCard
          key={messageKey(message)}
          message={message}
          decision={decisions[messageKey(message)]!}
          errors={errors[messageKey(message)] ?? {}}
          onChange={(change) =>
            setDecisions((current) => ({
              ...current,
              [messageKey(message)]: { ...current[messageKey(message)]!, ...change },
            }))
          }
        />
      ))}
      {problem && (
        <Alert color="red" title="Nothing was logged" role="alert">
          {problem}
        </Alert>
      )}
      <Group justify="space-between">
        <FileButton onChange={onAddFiles} accept={mailExtensions.join(',')} multiple>
          {(props) => (
            <Button variant="subtle" {...props}>
              Add more files
            </Button>
          )}
        </FileButton>
        <Group>
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={log.isPending} disabled={chosen.length === 0}>
            {chosen.length === 0 ? 'Log emails' : label}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function ChooseFiles({ onChoose }: { onChoose: (files: File[]) => void }) {
  return (
    <Paper withBorder p="xl" radius="md" style={{ borderStyle: 'dashed' }}>
      <Stack align="center" gap="sm">
        <IconMail size={32} aria-hidden />
        <Text ta="center" maw={460}>
          Drag emails here from Outlook, Thunderbird, Apple Mail or a folder, or choose the files. Calendar invitations
          (.ics) become planned contacts.
        </Text>
        <FileButton onChange={onChoose} accept={mailExtensions.join(',')} multiple>
          {(props) => <Button {...props}>Choose emails</Button>}
        </FileButton>
      </Stack>
    </Paper>
  );
}

// The evidence for a referral's outcomes: files copied into Bridgework's data folder, or a
// note of who confirmed it. Attach it when it happens; open or remove it later.
import { Button, Divider, FileInput, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFile, IconPaperclip } from '@tabler/icons-react';
import { formatDate } from '../../../shared/dates';
import { maxEvidenceBytes, type Evidence } from '../../../shared/evidence/schema';
import { stageLabels, type ReferralStage } from '../../../shared/referrals/stages';
import { errorMessage } from '../../app/client';
import { asBase64 } from '../../app/files';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { notifyWithUndo } from '../../app/undoNotification';
import { useFields } from '../../app/useFields';
import { useAttachEvidence, useEvidence, useOpenEvidence, useRemoveEvidence } from './queries';

export type EvidenceRequest = { referralId: string; reference: string };

export function EvidenceModal({ request, onClose }: { request: EvidenceRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title={`Evidence for ${request?.reference ?? ''}`} size="lg">
      {(request) => (
        <Stack>
          <EvidenceList request={request} />
          <Divider />
          <AttachForm request={request} onClose={onClose} />
        </Stack>
      )}
    </FormDialog>
  );
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

function EvidenceList({ request }: { request: EvidenceRequest }) {
  const evidence = useEvidence(request.referralId);
  const remove = useRemoveEvidence();
  const confirm = useConfirm({ title: 'Remove this evidence?', confirmLabel: 'Remove evidence' });
  const openEvidence = useOpenEvidence();
  const open = (item: Evidence) =>
    openEvidence.mutate(
      { id: item.id },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'The file could not be opened', message: errorMessage(error) }),
      },
    );
  const removeItem = async (item: Evidence) => {
    const name = item.fileName ?? 'the note';
    if (!(await confirm.ask(`Remove ${name}? It goes to Trash, and you can undo this straight away.`))) return;
    await remove.mutateAsync({ id: item.id });
    notifyWithUndo({
      id: `evidence-${item.id}`,
      message: `Removed ${name}.`,
    });
  };
  if (!evidence.data) return null;
  if (evidence.data.length === 0) {
    return <Text c="dimmed">No evidence yet. Attach a file or note who confirmed the outcome.</Text>;
  }
  return (
    <Stack gap="xs">
      {evidence.data.map((item) => (
        <Paper key={item.id} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
              {item.fileName ? <IconFile size={20} aria-hidden /> : <IconPaperclip size={20} aria-hidden />}
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {item.fileName ?? (item.confirmedBy ? `Confirmed by ${item.confirmedBy}` : 'Note')}
                </Text>
                <Text size="sm" c="dimmed">
                  {[
                    item.stage ? `At “${stageLabels[item.stage as ReferralStage] ?? item.stage}”` : null,
                    formatDate(item.recordedOn),
                    item.sizeBytes !== null ? megabytes(item.sizeBytes) : null,
                    item.fileName && item.confirmedBy ? `confirmed by ${item.confirmedBy}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {item.note && <Text size="sm">{item.note}</Text>}
              </Stack>
            </Group>
            <Group gap={4} wrap="nowrap">
              {item.fileName && (
                <Button size="compact-sm" variant="light" onClick={() => void open(item)}>
                  Open<span className="visually-hidden"> {item.fileName}</span>
                </Button>
              )}
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => void removeItem(item)}>
                Remove<span className="visually-hidden"> {item.fileName ?? 'note'}</span>
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
      {confirm.dialog}
    </Stack>
  );
}

function AttachForm({ request, onClose }: { request: EvidenceRequest; onClose: () => void }) {
  const attach = useAttachEvidence();
  const { values, setValues, inputProps, attempt, problem, errors, setErrors } = useFields({
    file: null as File | null,
    confirmedBy: '',
    note: '',
  });
  const save = attempt(async () => {
    const { file } = values;
    if (file && file.size > maxEvidenceBytes) {
      setErrors({ file: 'That file is over 50 MB. Attach a smaller copy, or note who confirmed the outcome instead.' });
      return;
    }
    const content = file
      ? await asBase64(file).catch(() => {
          setErrors({ file: 'That file could not be read. Save a copy somewhere else and attach the copy.' });
          return null;
        })
      : null;
    if (file && content === null) return;
    await attach.mutateAsync({
      referralId: request.referralId,
      file: file && content !== null ? { name: file.name, contentBase64: content } : null,
      confirmedBy: values.confirmedBy,
      note: values.note,
    });
    notifications.show({ color: 'teal', message: `Attached the evidence for ${request.reference}.` });
    setValues({ file: null, confirmedBy: '', note: '' });
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text fw={600}>Add evidence</Text>
        <NothingSaved problem={problem} />
        <FileInput
          label="File (optional)"
          description="A PDF, an email saved as a file, or a photo. Up to 50 MB. Bridgework keeps its own copy."
          placeholder="Choose a file"
          clearable
          {...inputProps('file')}
          error={errors.file}
        />
        <TextInput
          label="Who confirmed it (optional)"
          placeholder="For example, Dana Lewis, HR manager"
          {...inputProps('confirmedBy')}
        />
        <Textarea
          label="How, and what they said (optional)"
          placeholder="For example, Confirmed by phone that they started on Monday."
          autosize
          minRows={2}
          {...inputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" loading={attach.isPending}>
            Attach evidence
          </Button>
        </Group>
      </Stack>
    </SaveForm>
  );
}

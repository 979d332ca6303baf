// Choosing the charity's logo: a PNG or JPEG up to 500 KB, checked here before it is saved.
import { Button, FileInput, Group, Image } from '@mantine/core';
import { useState } from 'react';
import type { Logo } from '../../../shared/documents/model';

const maxLogoBytes = 500 * 1024;

export function LogoInput({
  logo,
  onChange,
  error,
}: {
  logo: Logo | null;
  onChange: (logo: Logo | null) => void;
  /** What the backend said about the saved logo. */
  error?: string;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (file: File | null) => {
    setProblem(null);
    if (!file) return onChange(null);
    if (!/^image\/(png|jpeg)$/.test(file.type)) return setProblem('Choose a PNG or JPEG picture for the logo');
    if (file.size > maxLogoBytes) return setProblem('Choose a logo file of 500 KB or less');
    try {
      onChange(await readLogo(file));
    } catch {
      setProblem('That picture could not be read. Choose another PNG or JPEG file.');
    }
  };
  return (
    <Group align="flex-end">
      <FileInput
        label="Logo (optional)"
        description="A PNG or JPEG picture, up to 500 KB"
        placeholder={logo ? 'Choose a different picture' : 'Choose a picture'}
        accept="image/png,image/jpeg"
        w={300}
        onChange={(file) => void choose(file)}
        error={problem ?? error}
      />
      {logo && (
        <>
          <Image
            src={logo.dataUrl}
            alt="Your logo"
            h={48}
            w={Math.round((48 * logo.width) / logo.height)}
            maw={240}
            fit="contain"
          />
          <Button variant="subtle" color="gray" onClick={() => onChange(null)}>
            Remove logo
          </Button>
        </>
      )}
    </Group>
  );
}

/** The picture as a data URL with its size, so exports can place it without reading the file again. */
function readLogo(file: File): Promise<Logo> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('unreadable'));
    reader.onload = () => {
      const dataUrl = String(reader.result);
      const image = new window.Image();
      image.onerror = () => reject(new Error('not a picture'));
      image.onload = () => resolve({ dataUrl, width: image.naturalWidth, height: image.naturalHeight });
      image.src = dataUrl;
    };
    reader.readAsDataURL(file);
  });
}

import { Badge, Tooltip } from '@mantine/core';
import { depthLabel } from '../../../shared/assessments/depth';

const colours = ['gray', 'gray', 'yellow', 'blue', 'teal', 'teal'];

/** The depth as a badge; `short` for a table column, where the header says what it is. */
export function DepthBadge({ depth, short = false }: { depth: number | null; short?: boolean }) {
  const badge = (
    <Badge color={colours[depth ?? 0]} variant={depth ? 'light' : 'outline'} radius="sm" tt="none">
      {depth ? `${short ? '' : 'Depth '}${depth} of 5` : short ? 'None' : 'Depth not assessed'}
    </Badge>
  );
  return short ? badge : <Tooltip label={`Engagement depth: ${depthLabel(depth)}`}>{badge}</Tooltip>;
}

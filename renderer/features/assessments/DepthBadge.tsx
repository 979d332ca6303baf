import { Badge, Tooltip } from '@mantine/core';
import { depthLabel } from '../../../shared/assessments/depth';

const colours = ['gray', 'gray', 'yellow', 'blue', 'teal', 'teal'];

export function DepthBadge({ depth, short = false }: { depth: number | null; short?: boolean }) {
  return (
    <Tooltip label={`Engagement depth: ${depthLabel(depth)}`}>
      <Badge color={colours[depth ?? 0]} variant={depth ? 'light' : 'outline'} radius="sm" tt="none">
        {depth ? `${short ? '' : 'Depth '}${depth} of 5` : short ? 'None' : 'Depth not assessed'}
      </Badge>
    </Tooltip>
  );
}

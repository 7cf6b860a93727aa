import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { createContext, memo, useContext, useMemo } from 'react';
import { labelPoint, pathOf, type Rect, routeEdgeCached } from '../graph/route';

/** The blocks on the canvas, as rectangles edges must not cross; provided once by the canvas. */
export const ObstaclesContext = createContext<readonly Rect[]>([]);

/**
 * An edge drawn around the blocks (graph/route.ts) with rounded corners, so a lit path never seems to run
 * through a block it does not visit. Its label (journey counts) sits on its longest segment.
 */
function RoutedEdgeView({ id, sourceX, sourceY, targetX, targetY, label, markerEnd, style }: EdgeProps) {
  const obstacles = useContext(ObstaclesContext);
  const points = useMemo(
    () => routeEdgeCached({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, obstacles),
    [sourceX, sourceY, targetX, targetY, obstacles],
  );
  const at = labelPoint(points);
  return (
    <>
      <BaseEdge
        id={id}
        path={pathOf(points)}
        {...(markerEnd ? { markerEnd } : {})}
        {...(style ? { style } : {})}
        interactionWidth={18}
      />
      {label !== undefined && label !== null && label !== '' ? (
        <EdgeLabelRenderer>
          <div className="edge-label" style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const RoutedEdge = memo(RoutedEdgeView);

/** The few GeoJSON shapes the wall reads and draws (RFC 7946), typed locally. */
export type Position = [number, number] | number[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface AreaFeature<P = Record<string, unknown>> {
  type: 'Feature';
  id?: string | number;
  properties: P;
  geometry: AreaGeometry;
}

export interface FeatureCollection<P = Record<string, unknown>> {
  type: 'FeatureCollection';
  features: AreaFeature<P>[];
}

/** `GET /api/boundaries.geojson`: one feature per commune, `properties.code` the 5-digit code. */
export type BoundaryCollection = FeatureCollection<{ code: string; name?: string; label_lon?: number; label_lat?: number } & Record<string, unknown>>;

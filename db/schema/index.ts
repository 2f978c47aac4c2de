// The one barrel file: drizzle needs the whole schema in one object for relational queries.
export * from "./clinics";
export * from "./users";
export * from "./patients";
export * from "./exercises";
export * from "./templates";
export * from "./protocols";
export * from "./pain-logs";
export * from "./outcomes";
export * from "./suggestions";
export * from "./audit-events";
export * from "./invites";
export * from "./flags";
export * from "./runs";
export * from "./sessions";
export * from "./exercise-media";
export * from "./protocol-pdf-cache";

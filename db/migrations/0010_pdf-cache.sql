CREATE TABLE "protocol_pdf_cache" (
	"version_id" uuid NOT NULL,
	"data_hash" text NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"pdf" "bytea" NOT NULL,
	"byte_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocol_pdf_cache_version_id_data_hash_pk" PRIMARY KEY("version_id","data_hash")
);
--> statement-breakpoint
ALTER TABLE "protocol_pdf_cache" ADD CONSTRAINT "protocol_pdf_cache_version_id_protocol_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."protocol_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_pdf_cache" ADD CONSTRAINT "protocol_pdf_cache_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_pdf_cache" ADD CONSTRAINT "protocol_pdf_cache_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "protocol_pdf_cache_clinic_created_idx" ON "protocol_pdf_cache" USING btree ("clinic_id","created_at");
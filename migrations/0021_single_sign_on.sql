ALTER TABLE `sessions` ADD `id_token` text;--> statement-breakpoint
ALTER TABLE `users` ADD `oidc_issuer` text;--> statement-breakpoint
ALTER TABLE `users` ADD `oidc_subject` text;--> statement-breakpoint
ALTER TABLE `users` ADD `sso_waiting_since` text;--> statement-breakpoint
CREATE UNIQUE INDEX `users_oidc_uq` ON `users` (`oidc_issuer`,`oidc_subject`);
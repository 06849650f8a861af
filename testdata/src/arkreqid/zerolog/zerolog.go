package zerologcase

import (
	"context"
	"errors"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func events(ctx context.Context, c *arkruntime.Client, logger zerolog.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		log.Error().Str("code", apiErr.Code).Msg("ark call failed") // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.Warn().Msgf("ark call failed: %s", apiErr.Message)   // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Error().Int("status", apiErr.HTTPStatusCode).Send()     // want `Ark error logged without its request ID; add apiErr.RequestId`
		sub := logger.With().Str("code", apiErr.Code).Logger()
		sub.Error().Msg("ark call failed")             // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Printf("ark call failed: %s", apiErr.Code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		ev := log.Error().
			Str("type", apiErr.Type)
		ev.Msg("ark call failed") // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func keeps(ctx context.Context, c *arkruntime.Client, logger zerolog.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		log.Error().Err(err).Str("code", apiErr.Code).Msg("ark call failed")
		log.Err(apiErr).Str("code", apiErr.Code).Send()
		logger.Error().Str("code", apiErr.Code).Str("request_id", apiErr.RequestId).Msg("ark call failed")
		sub := logger.With().Str("request_id", apiErr.RequestId).Logger()
		sub.Error().Str("code", apiErr.Code).Msg("ark call failed")
		log.Info().Msg("retrying")
	}
}

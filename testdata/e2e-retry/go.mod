module example.com/arkretryapp

go 1.26.0

require (
	github.com/sashabaranov/go-openai v1.43.0
	github.com/volcengine/volcengine-go-sdk v1.1.35
)

require (
	github.com/google/uuid v1.3.0 // indirect
	github.com/jmespath/go-jmespath v0.4.0 // indirect
	github.com/volcengine/volc-sdk-golang v1.0.23 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
	gopkg.in/yaml.v2 v2.2.8 // indirect
)

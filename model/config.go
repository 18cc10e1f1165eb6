package model

import "fmt"

// Vocab is the vocabulary size of the language model: one token per byte
// value, so token t is the byte t and any string is a token sequence.
const Vocab = 256

// Limits on a Config. They bound the memory a weight file can make Load
// allocate (at most about 4.5 million parameters, 36 MB) and the work of
// one decoding step.
const (
	// MaxContext is the largest Config.Context.
	MaxContext = 64
	// MaxEmbed is the largest Config.Embed.
	MaxEmbed = 64
	// MaxHidden is the largest Config.Hidden.
	MaxHidden = 1024
	// MaxGenerate is the largest maxTokens that Generate, Infer and
	// InferBatch accept.
	MaxGenerate = 4096
	// MaxBatch is the largest number of prompts that InferBatch decodes at
	// once, the largest TrainOptions.BatchSize, and the most context
	// windows one graph evaluation covers.
	MaxBatch = 256
	// MaxTopK is the largest number of top log-probabilities reported per
	// position.
	MaxTopK = 20
	// MaxPositions is the largest number of positions LogProbs accepts in
	// one call.
	MaxPositions = 1 << 16
)

// Config is the shape of a language model. The architecture is fixed: the
// last Context tokens are embedded (Vocab × Embed), the embeddings are
// concatenated, pass through one tanh hidden layer of Hidden units and a
// linear layer to Vocab logits.
type Config struct {
	// Context is the number of previous tokens the model sees, 1..MaxContext.
	Context int `json:"context"`
	// Embed is the size of a token embedding, 1..MaxEmbed.
	Embed int `json:"embed"`
	// Hidden is the number of hidden units, 1..MaxHidden.
	Hidden int `json:"hidden"`
}

// DefaultConfig returns the reference configuration: a context of 16 bytes,
// 16-wide embeddings and 128 hidden units (70,016 parameters).
func DefaultConfig() Config {
	return Config{Context: 16, Embed: 16, Hidden: 128}
}

// Validate reports whether every field is within its limits.
func (c Config) Validate() error {
	switch {
	case c.Context < 1 || c.Context > MaxContext:
		return fmt.Errorf("model: context %d out of range [1, %d]", c.Context, MaxContext)
	case c.Embed < 1 || c.Embed > MaxEmbed:
		return fmt.Errorf("model: embed %d out of range [1, %d]", c.Embed, MaxEmbed)
	case c.Hidden < 1 || c.Hidden > MaxHidden:
		return fmt.Errorf("model: hidden %d out of range [1, %d]", c.Hidden, MaxHidden)
	}
	return nil
}

// NumParams returns the number of weights of a model with this
// configuration: Vocab·Embed + Context·Embed·Hidden + Hidden + Hidden·Vocab
// + Vocab. The configuration must be valid.
func (c Config) NumParams() int {
	return Vocab*c.Embed + c.Context*c.Embed*c.Hidden + c.Hidden + c.Hidden*Vocab + Vocab
}

// GreenPubMarkdown module.

"""Wire protocols: each turns a call into an HTTP request and a response into its
result or error (awsJson 1.0/1.1 today), with the value codecs they use."""

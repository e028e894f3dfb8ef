module github.com/newswire/newswire

go 1.26.8

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/jdkato/prose/v2 v2.0.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/stretchr/testify v1.8.0 // indirect
	golang.org/x/net v0.58.0 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)

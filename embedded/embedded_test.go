package embedded_test

import (
	"fmt"

	"github.com/newswire/newswire/embedded"
)

func ExampleStart() {
	b, err := embedded.Start(embedded.Config{Topics: []string{"news.raw", "news.events"}, Partitions: 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()
	fmt.Println(b.Addr() != "")
	// Output: true
}

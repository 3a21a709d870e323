window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1111111111-2222222222",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1111111111",
            "reactions" : [ ],
            "urls" : [ {
              "url" : "https://t.co/AbCdEf123",
              "expanded" : "https://example.org/her-address",
              "display" : "example.org/her-address"
            } ],
            "text" : "posted this for everyone &amp; their mates &gt;&gt; https://t.co/AbCdEf123",
            "mediaUrls" : [ ],
            "senderId" : "2222222222",
            "id" : "1500000000000000003",
            "createdAt" : "2024-02-10T22:30:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2222222222",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "leave me alone",
            "mediaUrls" : [ "https://ton.example/dm/1500000000000000002/photo.jpg" ],
            "senderId" : "1111111111",
            "id" : "1500000000000000002",
            "createdAt" : "2024-02-10T22:00:00.000Z"
          }
        }
      ]
    }
  }
]

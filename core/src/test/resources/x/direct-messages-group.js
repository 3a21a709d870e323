window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1600000000000000001",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ { "senderId" : "3333333333", "reactionKey" : "funny", "eventId" : "1", "createdAt" : "2024-02-11T10:01:00.000Z" } ],
            "urls" : [ ],
            "text" : "she &lt;3s attention",
            "mediaUrls" : [ ],
            "senderId" : "2222222222",
            "id" : "1600000000000000005",
            "createdAt" : "2024-02-11T10:00:00.000Z"
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "2222222222",
            "name" : "the real ones",
            "createdAt" : "2024-02-11T09:00:00.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "2222222222",
            "participantsSnapshot" : [ "1111111111", "3333333333" ],
            "createdAt" : "2024-02-11T08:00:00.000Z"
          }
        }
      ]
    }
  }
]
